// Feedback for authors, without zod: the suggestion types and what is made of them (a curation-file
// patch, an issue text, the check's diagnostics). The page imports this module; zod's eval probe
// would break its Content-Security-Policy, so the schemas stay in suggestions.ts, which re-exports this.
import { stringify } from 'yaml';
import type { AtlasGraph, Diagnostic, NodeId, Source } from '../types.ts';
import { findEdge } from '../graph.ts';

export type Suggestion =
  { type: 'needs'; topic: string; needs: string; note?: string } | { type: 'wrong-edge'; from: string; to: string; note?: string };
export interface SuggestionsFile {
  version: 1;
  suggestions: Suggestion[];
}

const label = (g: AtlasGraph, n: NodeId) => (g.hasNode(n) ? g.getNodeAttribute(n, 'label') : n);
const sourceOf = (g: AtlasGraph, n: NodeId): Source => (g.hasNode(n) ? g.getNodeAttribute(n, 'source') : { file: '(unknown)', line: 1 });

function requiresEdge(g: AtlasGraph, from: NodeId, to: NodeId): string | undefined {
  return findEdge(g, 'requires', from, to);
}

/** The suggestions as a curation file (graph/curation/*.yaml): `topics` to add, `reject` to remove. */
export function toCurationPatch(g: AtlasGraph, suggestions: readonly Suggestion[]): string {
  const topics: Record<string, Record<string, string>> = {};
  const reject: Record<string, Record<string, string>> = {};
  for (const s of suggestions) {
    if (s.type === 'needs') (topics[label(g, s.topic)] ??= {})[label(g, s.needs)] = s.note ?? 'suggested by a learner';
    else (reject[label(g, s.to)] ??= {})[label(g, s.from)] = s.note ?? 'reported wrong by a learner';
  }
  const doc: Record<string, unknown> = {};
  if (Object.keys(topics).length > 0) doc.topics = topics;
  if (Object.keys(reject).length > 0) doc.reject = reject;
  return `# Suggested by learners with Atlas; review before merging.\n${stringify(doc)}`;
}

/** A ready-to-paste issue text naming each document and line. */
export function toIssueText(g: AtlasGraph, suggestions: readonly Suggestion[]): string {
  const lines = ['## Prerequisite suggestions from learners', ''];
  for (const s of suggestions) {
    if (s.type === 'needs') {
      const at = sourceOf(g, s.topic);
      lines.push(`- **${label(g, s.topic)}** (${at.file}:${at.line}) needs **${label(g, s.needs)}** first.${s.note ? ` ${s.note}` : ''}`);
    } else {
      const e = requiresEdge(g, s.from, s.to);
      const at = e ? g.getEdgeAttribute(e, 'source') : sourceOf(g, s.to);
      lines.push(
        `- The prerequisite **${label(g, s.from)}** → **${label(g, s.to)}** (${at.file}:${at.line}) looks wrong.${s.note ? ` ${s.note}` : ''}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The suggestions the documents do not yet reflect, as diagnostics. */
export function checkSuggestions(g: AtlasGraph, suggestions: readonly Suggestion[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const s of suggestions) {
    if (s.type === 'needs') {
      if (!g.hasNode(s.topic) || !g.hasNode(s.needs)) {
        out.push({
          ...sourceOf(g, s.topic),
          level: 'warning',
          code: 'suggestion-stale',
          message: `suggestion names a topic that no longer exists: ${!g.hasNode(s.topic) ? s.topic : s.needs}`,
        });
      } else if (!requiresEdge(g, s.needs, s.topic)) {
        out.push({
          ...sourceOf(g, s.topic),
          level: 'warning',
          code: 'suggestion',
          message: `learners suggest "${label(g, s.topic)}" needs "${label(g, s.needs)}" first; the documents do not say so${s.note ? ` (${s.note})` : ''}`,
        });
      }
    } else {
      const e = requiresEdge(g, s.from, s.to);
      if (e)
        out.push({
          ...g.getEdgeAttribute(e, 'source'),
          level: 'warning',
          code: 'suggestion',
          message: `learners report the prerequisite "${label(g, s.from)}" → "${label(g, s.to)}" as wrong${s.note ? ` (${s.note})` : ''}`,
        });
    }
  }
  return out;
}
