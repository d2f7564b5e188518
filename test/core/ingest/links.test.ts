import { describe, expect, it } from 'vitest';
import { isClickableUrl } from '../../../src/core/ingest/links';
import { plan } from '../../../src/core/plan/index';
import { PLAN_FORMATS } from '../../../src/core/plan/formats/index';
import { build } from '../../helpers';

describe('what Atlas makes clickable', () => {
  it.each([
    ['https://example.com/a', true],
    ['HTTP://example.com', true],
    ['mailto:someone@example.com', true],
    ['./slides.pdf', false],
    ['../other/01-next.md', false],
    ['#section', false],
    ['javascript:alert(1)', false],
    ['//evil.example/x', false],
  ])('%s: %s', (url, clickable) => {
    expect(isClickableUrl(url)).toBe(clickable);
  });

  it('leaves a relative resource out of every plan export, as the page shows it as text', () => {
    const { graph } = build({
      'p/a.md':
        '# A\n\n## S\n- **What you Need to Know**\n  - **T**\n    - x\n    - **Resources:**\n      - [Slides](./slides.pdf) - in the repo\n      - [Site](https://example.com/t) - on the web\n',
    });
    const p = plan(graph, {});
    expect(p.steps[0]?.resources.map((r) => r.url)).toEqual(['https://example.com/t']);
    for (const f of PLAN_FORMATS) expect(f.run(p, { start: '2026-11-30', hours: 10, tracks: 1 })).not.toContain('slides.pdf');
  });
});
