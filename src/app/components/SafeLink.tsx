// Links from documents are untrusted: only absolute http(s) and mailto URLs become anchors, and
// they open in a new tab without access to this page. Anything else is shown as plain text.
import type { ReactNode } from 'react';
import { classifyHref } from '../../core/ingest/links';

export function isClickableUrl(url: string): boolean {
  const type = classifyHref(url, '').type;
  return type === 'external' || type === 'mailto';
}

export function SafeLink({ url, children }: { url: string; children: ReactNode }) {
  if (!isClickableUrl(url)) {
    return (
      <span className="unsafe-link" title={`Not a web link, shown as text: ${url}`}>
        {children} <span className="muted">({url})</span>
      </span>
    );
  }
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
