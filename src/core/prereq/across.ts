// Across learning paths: a path's prerequisites document names subjects that another path's
// modules teach ("ML Concepts and Algorithms" before MLOps; the machine-learning path's "ML
// Fundamentals" teaches them). The unit that teaches each such subject becomes a prerequisite, so
// a plan pulls in what the learner does not know yet, where it is needed, and says where it comes
// from ("covered in Machine Learning Engineering").
import type { AtlasGraph, NodeId } from '../types.ts';
import { isLearnable } from '../types.ts';
import { subjectIds } from './assumes.ts';
import type { KnowledgeBase } from './knowledge/base.ts';
import { addRequires } from './requires.ts';
import { isOverviewDoc, isPrerequisitesDoc } from './structural.ts';

/** A cross-path edge rests on the knowledge base naming one subject in both labels: sure, not certain. */
export const ACROSS_CONFIDENCE = 0.7;
/** "Advanced X", "X for Y", "X in Production": these apply a subject; a prerequisite asks for the first look at it. */
const APPLIED = /\b(advanced|mastery|expert|in production|at scale|deep dive|specialized)\b|\s(for|in|with)\s/i;
const BROAD = /\b(fundamentals?|basics?|introduction|foundations?|essentials|principles|concepts|101)\b/i;
/** A whole module that names a subject teaches it best, then a section, then one topic. */
const UNIT_RANK = { doc: 0, section: 1, topic: 2 } as const;

interface Unit {
  id: NodeId;
  label: string;
  kind: keyof typeof UNIT_RANK;
  path: NodeId;
  order: number;
  /** The subject is all the label names ("ML Fundamentals"), not a qualifier of another ("ML Model Lifecycle"). */
  only: boolean;
}

/** Subjects a label names itself, without those they cover ("Python" names python, not programming). */
function ownSubjects(label: string, kb: KnowledgeBase): string[] {
  const ids = subjectIds(label, kb);
  const covered = new Set(ids.flatMap((s) => kb.subjects.get(s)?.covers ?? []));
  return ids.filter((s) => !covered.has(s));
}

export function requiresAcrossPaths(graph: AtlasGraph, kb: KnowledgeBase): void {
  if (kb.subjects.size === 0) return;
  const pathOfDoc = new Map<NodeId, NodeId | null>();
  const asked: { id: NodeId; label: string; path: NodeId; subjects: string[] }[] = [];
  const teachers = new Map<string, Unit[]>();
  const teach = (s: string, u: Unit) => {
    const list = teachers.get(s);
    if (list) list.push(u);
    else teachers.set(s, [u]);
  };
  graph.forEachNode((id, a) => {
    if (a.kind === 'doc') pathOfDoc.set(id, a.path);
    if (a.kind !== 'doc' && a.kind !== 'section' && !(isLearnable(a) && a.kind === 'topic')) return;
    const doc = a.kind === 'doc' ? id : a.doc;
    const path = pathOfDoc.get(doc);
    if (path === null || path === undefined || isOverviewDoc(doc)) return;
    const subjects = ownSubjects(a.label, kb);
    if (subjects.length === 0) return;
    if (isPrerequisitesDoc(doc)) {
      if (a.kind === 'topic') asked.push({ id, label: a.label, path, subjects });
      return;
    }
    if (APPLIED.test(a.label)) return;
    const order = a.kind === 'doc' || a.kind === 'section' || a.kind === 'topic' ? a.order : 0;
    for (const s of subjects) teach(s, { id, label: a.label, kind: a.kind, path, order, only: subjects.length === 1 });
  });
  const best = (a: Unit, b: Unit) =>
    Number(b.only) - Number(a.only) ||
    UNIT_RANK[a.kind] - UNIT_RANK[b.kind] ||
    Number(BROAD.test(b.label)) - Number(BROAD.test(a.label)) ||
    a.order - b.order;
  for (const need of asked) {
    for (const s of need.subjects) {
      const units = teachers.get(s) ?? [];
      // What the path's own modules teach, it orders itself.
      if (units.some((u) => u.path === need.path && u.only)) continue;
      // Only a whole module named for the subject: the other path is about it, so its modules (and
      // what they build on) are the way to learn it; a section or topic that touches the subject
      // inside a path about something else would drag that path's prerequisites in for little.
      const unit = units.filter((u) => u.path !== need.path && u.kind === 'doc' && u.only).sort(best)[0];
      if (unit === undefined) continue;
      const what = unit.kind === 'doc' ? 'the module' : unit.kind === 'section' ? 'the section' : 'the topic';
      addRequires(graph, unit.id, need.id, {
        origin: 'inferred',
        signal: 'knowledge',
        confidence: ACROSS_CONFIDENCE,
        evidence: `covered in ${graph.getNodeAttribute(unit.path, 'label')}: ${what} "${unit.label}" teaches ${kb.subjects.get(s)?.name ?? s}, which "${need.label}" asks for`,
        source: graph.getNodeAttribute(unit.id, 'source'),
      });
    }
  }
}
