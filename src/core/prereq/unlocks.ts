// What a topic unlocks: every topic that needs it, directly or not, counted per learning path
// ("needed by 14 topics in 3 paths").
import type { AtlasGraph, DocAttributes, NodeId } from '../types.ts';
import { isLearnable } from '../types.ts';
import { buildsOn } from './walk.ts';

export interface Unlocks {
  topics: NodeId[];
  byPath: { path: NodeId | null; label: string; count: number }[];
}

export function unlocks(graph: AtlasGraph, topic: NodeId, minConfidence?: number): Unlocks {
  const topics = [...buildsOn(graph, topic, minConfidence)];
  const counts = new Map<NodeId | null, number>();
  for (const t of topics) {
    const a = graph.getNodeAttributes(t);
    const path = isLearnable(a) && graph.hasNode(a.doc) ? (graph.getNodeAttributes(a.doc) as DocAttributes).path : null;
    counts.set(path, (counts.get(path) ?? 0) + 1);
  }
  const byPath = [...counts]
    .map(([path, count]) => ({
      path,
      label: path !== null && graph.hasNode(path) ? graph.getNodeAttribute(path, 'label') : 'Other',
      count,
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return { topics, byPath };
}

export function describeUnlocks(u: Unlocks): string {
  const n = u.topics.length;
  if (n === 0) return 'needed by no other topic';
  return `needed by ${n} topic${n === 1 ? '' : 's'} in ${u.byPath.length} path${u.byPath.length === 1 ? '' : 's'}`;
}
