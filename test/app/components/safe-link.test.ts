import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SafeLink } from '../../../src/app/components/SafeLink';

const render = (url: string) => renderToStaticMarkup(createElement(SafeLink, { url, children: 'Title' }));

describe('links from documents', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:x',
    '//evil.example/x',
    './relative.md',
    '',
  ])('shows %j as text, never as a link', (url) => {
    const html = render(url);
    expect(html).not.toMatch(/<a\b/);
    expect(html).toContain('Title');
  });

  it('opens a web link in a new tab without handing it this page', () => {
    expect(render('https://example.com/a?b=1')).toBe(
      '<a href="https://example.com/a?b=1" target="_blank" rel="noopener noreferrer">Title</a>',
    );
  });
});
