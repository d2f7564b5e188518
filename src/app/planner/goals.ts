// The goals a learner can name: topics, milestones, sections, documents and paths, by label.
import type { NodeId } from '../../core/types';
import type { AtlasModel } from '../data/model';

export interface Goal {
  id: NodeId;
  label: string;
  kind: string;
}

const GOAL_KINDS = new Set(['topic', 'milestone', 'section', 'doc', 'path']);

export function goalChoices(model: AtlasModel): Goal[] {
  const out: Goal[] = [];
  model.graph.forEachNode((id, a) => {
    if (GOAL_KINDS.has(a.kind)) out.push({ id, label: a.label, kind: a.kind });
  });
  return out;
}

/** The goal a typed title names: an exact label (any case) first, else the only label containing it. */
export function findGoal(goals: readonly Goal[], text: string): Goal | null {
  const q = text.trim().toLowerCase();
  if (q === '') return null;
  const exact = goals.find((g) => g.label.toLowerCase() === q || g.id === text.trim());
  if (exact) return exact;
  const partial = goals.filter((g) => g.label.toLowerCase().includes(q));
  return partial.length === 1 ? (partial[0] as Goal) : null;
}
