import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_META, withoutCsp } from '../../src/vite/csp';

const indexHtml = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');

describe('the Content-Security-Policy of index.html', () => {
  it('is declared, strict, and allows workers from blobs', () => {
    const meta = CSP_META.exec(indexHtml)?.[0] ?? '';
    expect(meta).toContain("script-src 'self'");
    expect(meta).toContain("worker-src 'self' blob:");
    expect(meta).toContain("object-src 'none'");
    expect(meta).not.toContain("'unsafe-inline'");
    expect(meta).not.toContain("'unsafe-eval'");
  });

  it('is taken out for the dev server only, leaving the rest of the page', () => {
    const dev = withoutCsp(indexHtml);
    expect(dev).not.toContain('Content-Security-Policy"');
    expect(dev).toContain('<div id="root">');
    expect(dev).toContain('id="first-map"');
    expect(dev).toContain('src/app/main.ts');
  });
});
