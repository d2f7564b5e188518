// Which dataset a learner's progress belongs to. Ticks are kept against node ids, and two docs
// trees can share ids ("p/intro#basics"), so progress is kept per dataset: its name and its
// top-level learning paths and documents. A rebuild of the same tree keeps the key; a tree with
// other paths gets its own.

import type { AtlasGraph } from './types.ts';

/** The storage key before progress was kept per dataset; its value moves to the first dataset opened. */
export const LEGACY_PROGRESS_KEY = 'atlas:progress';

export function progressKeyOf(graph: AtlasGraph): string {
  const top: string[] = [];
  graph.forEachNode((id, a) => {
    if ((a.kind === 'path' && id.indexOf('/') === id.length - 1) || (a.kind === 'doc' && a.path === null)) top.push(id);
  });
  return `${LEGACY_PROGRESS_KEY}:${graph.getAttribute('name')}:${fingerprint(top.sort().join('\n'))}`;
}

/** FNV-1a, 32 bits, in base 36: short, stable, and enough to tell a handful of trees apart. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
