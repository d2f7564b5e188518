// index.html carries the built page's Content-Security-Policy. The dev server needs inline scripts
// (React Refresh's preamble) and injected <style> tags, so the policy is taken out there only.
import type { Plugin } from 'vite';

const CSP_META = /\s*<meta http-equiv="Content-Security-Policy"[^>]*>/i;

export function cspOnlyInBuild(): Plugin {
  return {
    name: 'atlas-csp-only-in-build',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(CSP_META, ''),
  };
}
