// The goals a learner can name: topics, milestones, sections, documents and paths, by title. A
// label several goals share gets where each one is ("MLOps Engineering (path)", "MLOps Engineering
// (topic in Welcome)"), so that every option of the list names one goal.
import { closestMatches, kindWord } from '../../core/rules';
import type { AtlasGraph, NodeId } from '../../core/types';
import type { AtlasModel } from '../data/model';

export interface Goal {
  id: NodeId;
  label: string;
  kind: string;
  /** What the field shows and takes: the label, made unique when goals share it. */
  title: string;
}

const GOAL_KINDS = new Set(['topic', 'milestone', 'section', 'doc', 'path']);

export function goalChoices(model: AtlasModel): Goal[] {
  const { graph } = model;
  const out: Goal[] = [];
  const sharing = new Map<string, number>();
  graph.forEachNode((id, a) => {
    if (!GOAL_KINDS.has(a.kind)) return;
    out.push({ id, label: a.label, kind: a.kind, title: a.label });
    const key = a.label.trim().toLowerCase();
    sharing.set(key, (sharing.get(key) ?? 0) + 1);
  });
  const shared = (text: string) => (sharing.get(text.trim().toLowerCase()) ?? 0) > 1;
  for (const g of out) if (shared(g.label)) g.title = `${g.label} (${where(graph, g)})`;
  // Two goals of one kind in one place with one label: only the id tells them apart.
  const titles = new Map<string, number>();
  for (const g of out) titles.set(g.title.toLowerCase(), (titles.get(g.title.toLowerCase()) ?? 0) + 1);
  for (const g of out) if ((titles.get(g.title.toLowerCase()) ?? 0) > 1) g.title = `${g.title} [${g.id}]`;
  return out;
}

/** "path", "topic in <its document>", "document in <its path>". */
function where(graph: AtlasGraph, g: Goal): string {
  const a = graph.getNodeAttributes(g.id);
  const kind = kindWord(g.kind);
  const within = 'doc' in a && typeof a.doc === 'string' ? a.doc : 'path' in a && typeof a.path === 'string' ? a.path : null;
  return within !== null && graph.hasNode(within) ? `${kind} in ${graph.getNodeAttribute(within, 'label')}` : kind;
}

/**
 * The goal a typed text names: a title or an id, else the one goal whose label it is, else the only
 * title containing it. Null when nothing matches or several goals share the label (see goalsLabelled).
 */
export function findGoal(goals: readonly Goal[], text: string): Goal | null {
  const q = text.trim().toLowerCase();
  if (q === '') return null;
  const exact = goals.find((g) => g.title.toLowerCase() === q || g.id === text.trim());
  if (exact) return exact;
  const labelled = goalsLabelled(goals, text);
  if (labelled.length > 0) return labelled.length === 1 ? (labelled[0] as Goal) : null;
  const partial = goalsContaining(goals, text);
  return partial.length === 1 ? (partial[0] as Goal) : null;
}

/** The goals whose title has the typed text in it (any case). */
const goalsContaining = (goals: readonly Goal[], text: string): Goal[] => {
  const q = text.trim().toLowerCase();
  return goals.filter((g) => g.title.toLowerCase().includes(q));
};

/** Titles a message lists before "and N more". */
const LISTED = 5;

/** The goals whose label is the typed text (any case). */
export function goalsLabelled(goals: readonly Goal[], text: string): Goal[] {
  const q = text.trim().toLowerCase();
  return goals.filter((g) => g.label.toLowerCase() === q);
}

/** Why typed text names no goal, for the field's message. */
export function goalProblem(goals: readonly Goal[], text: string, what = 'topic, section, document or path'): string {
  if (text.trim() === '') return `Type the name of a ${what}.`;
  const same = goalsLabelled(goals, text);
  if (same.length > 1)
    return `${same.length} goals are called "${text.trim()}": pick one from the list (${same.map((g) => g.title).join('; ')}).`;
  const partial = goalsContaining(goals, text);
  if (partial.length > 1) {
    const more = partial.length > LISTED ? ` and ${partial.length - LISTED} more` : '';
    const listed = partial
      .slice(0, LISTED)
      .map((g) => g.title)
      .join('; ');
    return `${partial.length} names have "${text.trim()}" in them: pick one from the list (${listed}${more}).`;
  }
  const [near] = closestMatches(
    text,
    goals.map((g) => g.title),
    1,
  );
  const none = `No ${what} is called "${text.trim()}"`;
  return near === undefined ? `${none}.` : `${none}; did you mean "${near}"?`;
}
