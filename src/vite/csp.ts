// index.html carries the built page's Content-Security-Policy. The dev server needs inline scripts
// (React Refresh's preamble) and injected <style> tags, so the policy is taken out there only.
import type { Plugin } from 'vite';

export const CSP_META = /\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i;

export function cspOnlyInBuild(): Plugin {
  return {
    name: 'atlas-csp-only-in-build',
    apply: 'serve',
    transformIndexHtml: (html) => withoutCsp(html),
  };
}

export const withoutCsp = (html: string): string => html.replace(CSP_META, '');
