// Scoring inferred prerequisites against hand-judged pairs: a pair is found when its first topic is
// in the planner's prerequisite closure of the second (a chain at the planner's threshold), and a
// non-pair is a forbidden chain when it is. Shared by `npm run eval` and the test that holds its floor.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { prerequisiteClosure } from '../../src/core/plan/index';
import type { AtlasGraph, NodeId, RequiresAttributes } from '../../src/core/types';
import { isLearnable } from '../../src/core/types';

export interface GoldRow {
  kind: 'pair' | 'non-pair';
  before: string;
  after: string;
  reason: string;
  line: number;
}

export interface Gold {
  file: string;
  /** The judged document, relative to the docs root. */
  document: string;
  set: string;
  rows: GoldRow[];
}

export function readGold(dir: string): Gold[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const meta = (key: string) => new RegExp(`^# ${key}: *(\\S+)`, 'm').exec(text)?.[1] ?? '';
      const rows: GoldRow[] = [];
      text.split('\n').forEach((line, i) => {
        if (line.startsWith('#') || line.trim() === '' || line.startsWith('kind\t')) return;
        const [kind, before, after, reason] = line.split('\t');
        if ((kind !== 'pair' && kind !== 'non-pair') || !before || !after)
          throw new Error(`${f}:${i + 1}: expected "pair|non-pair<TAB>before<TAB>after<TAB>reason"`);
        rows.push({ kind, before, after, reason: reason ?? '', line: i + 1 });
      });
      return { file: f, document: meta('document'), set: meta('set') || 'holdout', rows };
    });
}

/** The learnable node a gold label names: in the judged document, or `other/file.md#Label`. */
export function resolveLabel(graph: AtlasGraph, document: string, label: string): NodeId | null {
  const hash = label.indexOf('.md#');
  const [file, name] = hash >= 0 ? [label.slice(0, hash + 3), label.slice(hash + 4)] : [document, label];
  const dir = document.includes('/') ? document.slice(0, document.lastIndexOf('/') + 1) : '';
  const wanted = file.includes('/') ? file : dir + file;
  let found: NodeId | null = null;
  graph.forEachNode((id, a) => {
    if (found === null && isLearnable(a) && a.source.file === wanted && a.label === name) found = id;
  });
  return found;
}

export interface Score {
  pairs: number;
  found: number;
  nonPairs: number;
  forbidden: number;
  /** `requires` edges into the judged document's topics, and their median confidence. */
  edges: number;
  medianConfidence: number;
  missing: string[];
  forbiddenRows: string[];
}

export function score(graph: AtlasGraph, gold: Gold, minConfidence?: number): Score {
  const closures = new Map<NodeId, Set<NodeId>>();
  const closure = (id: NodeId) => {
    let c = closures.get(id);
    if (!c) closures.set(id, (c = new Set(prerequisiteClosure(graph, [id], minConfidence === undefined ? {} : { minConfidence }))));
    return c;
  };
  const s: Score = { pairs: 0, found: 0, nonPairs: 0, forbidden: 0, edges: 0, medianConfidence: 0, missing: [], forbiddenRows: [] };
  for (const row of gold.rows) {
    const a = resolveLabel(graph, gold.document, row.before);
    const b = resolveLabel(graph, gold.document, row.after);
    if (a === null || b === null)
      throw new Error(`${gold.file}:${row.line}: no topic "${a === null ? row.before : row.after}" in ${gold.document}`);
    const chain = a !== b && closure(b).has(a);
    if (row.kind === 'pair') {
      s.pairs++;
      if (chain) s.found++;
      else s.missing.push(`${row.before} → ${row.after}`);
    } else {
      s.nonPairs++;
      if (chain) {
        s.forbidden++;
        s.forbiddenRows.push(`${row.before} → ${row.after}`);
      }
    }
  }
  const confidences: number[] = [];
  graph.forEachEdge((_e, a, _src, t, _sa, ta) => {
    if (a.kind === 'requires' && isLearnable(ta) && ta.source.file === gold.document)
      confidences.push((a as RequiresAttributes).confidence);
  });
  confidences.sort((x, y) => x - y);
  s.edges = confidences.length;
  s.medianConfidence = confidences.length === 0 ? 0 : (confidences[Math.floor((confidences.length - 1) / 2)] as number);
  return s;
}

/** The curated edges of the seed as gold: each stated pair, and its reverse as a non-pair. */
export function curationGold(curationFile: string, document: string): Gold {
  const data = parse(readFileSync(curationFile, 'utf8')) as { topics?: Record<string, Record<string, string>> };
  const rows: GoldRow[] = [];
  for (const [topic, needs] of Object.entries(data.topics ?? {})) {
    for (const [need, why] of Object.entries(needs)) {
      rows.push({ kind: 'pair', before: need, after: topic, reason: why, line: 0 });
      rows.push({ kind: 'non-pair', before: topic, after: need, reason: 'reversed curated edge', line: 0 });
    }
  }
  return { file: curationFile, document, set: 'seed', rows };
}

export function sum(scores: readonly Score[]): Score {
  const out: Score = { pairs: 0, found: 0, nonPairs: 0, forbidden: 0, edges: 0, medianConfidence: 0, missing: [], forbiddenRows: [] };
  for (const s of scores) {
    out.pairs += s.pairs;
    out.found += s.found;
    out.nonPairs += s.nonPairs;
    out.forbidden += s.forbidden;
    out.edges += s.edges;
  }
  const medians = scores.map((s) => s.medianConfidence).sort((x, y) => x - y);
  out.medianConfidence = medians[Math.floor((medians.length - 1) / 2)] ?? 0;
  return out;
}
