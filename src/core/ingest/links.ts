// Links from untrusted documents: which may become clickable, and one identity per resource URL.

/** What a link in a document points at. */
export type LinkTarget =
  | { type: 'external'; url: string }
  | { type: 'mailto'; url: string }
  | { type: 'doc'; path: string; fragment: string }
  | { type: 'relative'; path: string }
  | { type: 'anchor'; fragment: string }
  | { type: 'unsafe'; href: string; reason: string };

const CONTROL_OR_SPACE = /[\u0000-\u0020]/;

// Browsers ignore ASCII tab/newline anywhere in a URL and strip leading C0 controls and spaces,
// so "java\tscript:" is "javascript:". Entities are already decoded by the markdown parser.
function canonicalHref(href: string): string {
  if (!CONTROL_OR_SPACE.test(href)) return href;
  return href.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
}

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/** Classify an href found in `fromFile` (relative to the docs root). */
export function classifyHref(rawHref: string, fromFile: string): LinkTarget {
  const href = canonicalHref(rawHref).trim();
  if (href === '') return { type: 'unsafe', href: rawHref, reason: 'empty link' };
  // The parser percent-encodes what it decoded from entities ("&#9;" → "%09"): judge the decoded form too.
  const scheme = (SCHEME.exec(href) ?? SCHEME.exec(canonicalHref(safeDecode(href))))?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (scheme === 'http' || scheme === 'https') {
      try {
        return { type: 'external', url: normalizeUrl(href) };
      } catch {
        return { type: 'unsafe', href: rawHref, reason: 'malformed URL' };
      }
    }
    if (scheme === 'mailto') return { type: 'mailto', url: href };
    return { type: 'unsafe', href: rawHref, reason: `unsafe link scheme "${scheme}:"` };
  }
  if (href.startsWith('//')) return { type: 'unsafe', href: rawHref, reason: 'protocol-relative URL' };
  if (href.startsWith('#')) return { type: 'anchor', fragment: href.slice(1) };
  const hashAt = href.indexOf('#');
  const pathPart = safeDecode(hashAt >= 0 ? href.slice(0, hashAt) : href).replace(/\?.*$/, '');
  const fragment = hashAt >= 0 ? href.slice(hashAt + 1) : '';
  const resolved = resolveRelative(fromFile, pathPart);
  if (resolved === null) return { type: 'unsafe', href: rawHref, reason: 'relative link leaves the docs root' };
  if (/\.mdx?$/i.test(resolved)) return { type: 'doc', path: resolved, fragment };
  return { type: 'relative', path: resolved };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Resolve `rel` against the folder of `fromFile`; null when it climbs above the root. */
export function resolveRelative(fromFile: string, rel: string): string | null {
  const parts = rel.startsWith('/') ? [] : fromFile.split('/').slice(0, -1);
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}

/**
 * The one rule for what Atlas makes clickable (the page's links, a plan's resources, its Markdown
 * and calendar exports): absolute http(s) and mailto URLs. A relative link names a file of the docs
 * tree, which neither the explorer nor an exported plan can open, so it stays text like an unsafe one.
 */
export function isClickableUrl(url: string): boolean {
  const t = classifyHref(url, '').type;
  return t === 'external' || t === 'mailto';
}

/**
 * An http(s) URL that the WHATWG parser and the rules below leave as it is: a lowercase host
 * whose last label is no number (an IPv4 form would be rewritten) and with no "--" in a label (an
 * "xn--" label is punycode, which the parser may reject), and path segments of plain
 * characters that start with none of "." (no "." or ".." to resolve), with no trailing slash,
 * query, fragment, port or escape. Most resource links are so, and skip the parser.
 */
const CANONICAL_URL = /^https?:\/\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\.)+[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*$/;

/**
 * One identity per resource: lowercase scheme and host, no fragment, no trailing slash,
 * no `utm_*` tracking parameters.
 */
export function normalizeUrl(href: string): string {
  if (CANONICAL_URL.test(href)) return href;
  const u = new URL(href);
  u.hash = '';
  for (const key of [...u.searchParams.keys()]) if (key.toLowerCase().startsWith('utm_')) u.searchParams.delete(key);
  let s = u.toString();
  if (u.search === '' && s.endsWith('/')) s = s.replace(/\/+$/, '');
  return s;
}
