// Links from documents are untrusted: only what the core's isClickableUrl allows becomes an anchor,
// opening in a new tab without access to this page. Anything else is shown as plain text.
import type { ReactNode } from 'react';
import { isClickableUrl } from '../../core/rules';

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
