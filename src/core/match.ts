// Titles a user types, turned into graph nodes: exact (case-insensitive) matches only, and an
// unknown title fails with the closest labels so the user can retype instead of guessing.
import { AtlasError } from './errors.ts';
import type { AtlasGraph, NodeAttributes, NodeId, NodeKind } from './types.ts';

/** The kinds a title may name, most specific first: on equal labels the earlier kind wins. */
export const TITLE_KINDS: readonly NodeKind[] = ['topic', 'milestone', 'section', 'doc', 'path', 'pathway'];

/** A kind as a user reads it: "document" for doc, the kind itself otherwise. */
export function kindWord(kind: string): string {
  return kind === 'doc' ? 'document' : kind;
}

const KIND_RANK: Partial<Record<NodeKind, number>> = { topic: 0, milestone: 0, section: 1, doc: 2, path: 3, pathway: 4 };

/** Lowercase, punctuation as spaces, single spaces: "Calculus & Optimization " → "calculus optimization". */
export function normalizeTitle(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Titles a node answers to: its label, and a pathway also its background. */
function titlesOf(a: NodeAttributes): string[] {
  return a.kind === 'pathway' ? [a.label, a.background] : [a.label];
}

function rankOf(a: NodeAttributes): number {
  return KIND_RANK[a.kind] ?? 5;
}

function orderOf(a: NodeAttributes): number {
  if (a.kind === 'path') return a.position;
  return 'order' in a ? a.order : Number.POSITIVE_INFINITY;
}

/**
 * The node a title names. Exact case-insensitive match on `label` (and a pathway's `background`);
 * on ties a topic or milestone beats a section, a section a doc, a doc a path; then the lowest
 * `order`, then the first in graph order. Throws `AtlasError` naming the closest titles otherwise.
 */
export function findByTitle(graph: AtlasGraph, title: string, kinds: readonly NodeKind[] = TITLE_KINDS): NodeId {
  const [best] = titleMatches(graph, title, kinds);
  if (best !== undefined) return best;
  const allowed = new Set(kinds);
  const candidates: string[] = [];
  graph.forEachNode((_id, a) => {
    if (allowed.has(a.kind)) candidates.push(...titlesOf(a));
  });
  throw new AtlasError(unknownTitleMessage(title, closestMatches(title, candidates)));
}

/** Every node `title` names exactly, in findByTitle's order of preference (its choice first). */
export function titleMatches(graph: AtlasGraph, title: string, kinds: readonly NodeKind[] = TITLE_KINDS): NodeId[] {
  const wanted = title.trim().toLowerCase();
  const allowed = new Set(kinds);
  const found: { id: NodeId; rank: number; order: number; at: number }[] = [];
  graph.forEachNode((id, a) => {
    if (allowed.has(a.kind) && titlesOf(a).some((t) => t.trim().toLowerCase() === wanted))
      found.push({ id, rank: rankOf(a), order: orderOf(a), at: found.length });
  });
  return found.sort((x, y) => x.rank - y.rank || x.order - y.order || x.at - y.at).map((x) => x.id);
}

/** `unknown title "Calculs"; did you mean "Calculus and Optimization"?` */
export function unknownTitleMessage(title: string, suggestions: string[]): string {
  const head = `unknown title "${title}"`;
  if (suggestions.length === 0) return head;
  const quoted = suggestions.map((s) => `"${s}"`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
  return `${head}; did you mean ${list}?`;
}

/** Below this a candidate is noise, not a suggestion. */
const MIN_SIMILARITY = 0.45;

/**
 * Up to `n` distinct candidates closest to `query`, best first (ties keep candidate order).
 * The score is the better of whole-string edit similarity and word overlap, where a query word
 * counts as matched by a close or prefixed candidate word: "Calculs" finds "Calculus and Optimization".
 */
export function closestMatches(query: string, candidates: string[], n = 3): string[] {
  const q = normalizeTitle(query);
  if (q === '' || n <= 0) return [];
  const qWords = q.split(' ');
  const scored: { text: string; score: number; at: number }[] = [];
  const seen = new Set<string>();
  candidates.forEach((text, at) => {
    if (seen.has(text)) return;
    seen.add(text);
    const score = similarity(q, qWords, normalizeTitle(text));
    if (score >= MIN_SIMILARITY) scored.push({ text, score, at });
  });
  scored.sort((a, b) => b.score - a.score || a.at - b.at);
  return scored.slice(0, n).map((s) => s.text);
}

function similarity(q: string, qWords: string[], c: string): number {
  if (c === '') return 0;
  if (c === q) return 1;
  const whole = 1 - editDistance(q, c) / Math.max(q.length, c.length);
  const cWords = c.split(' ');
  let words = 0;
  for (const w of qWords) {
    let best = 0;
    for (const cw of cWords) {
      const s = cw.startsWith(w) && w.length >= 3 ? 0.95 : 1 - editDistance(w, cw) / Math.max(w.length, cw.length);
      if (s > best) best = s;
    }
    words += best;
  }
  // Word overlap is discounted a little so that a whole-title near miss ranks first.
  return Math.max(whole, 0.9 * (words / qWords.length));
}

/** Levenshtein distance with two rolling rows. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] as number;
}
