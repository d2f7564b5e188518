// Prerequisites inferred from the documents themselves. Each signal is a kind of evidence about a
// pair of topics of one document; the evidence per pair merges into one edge whose confidence grows
// when independent signals agree, keeping every reason. Where two signals point opposite ways, the
// clearly stronger direction stays and a tie leaves the pair alone. A cycle inference would make is
// broken at its weakest inferred edge, with an `info` diagnostic: it is never the author's error.
import type { AtlasGraph, Diagnostic, NodeId, RequiresAttributes, Signal } from '../../types.ts';
import { SIGNALS } from '../../types.ts';
import { DEFAULT_MIN_CONFIDENCE } from '../trust.ts';
import { addRequires } from '../requires.ts';
import { EMPTY_KNOWLEDGE, type KnowledgeBase } from '../knowledge/base.ts';
import { agreementSignal } from './agreement.ts';
import { assessmentSignal } from './assessment.ts';
import { combinedConfidence, Findings, type Finding } from './findings.ts';
import { knowledgeSignal } from './knowledge.ts';
import { namingSignal } from './naming.ts';
import { buildProfiles, byDocument, type Profile } from './profiles.ts';
import { textSignals } from './text.ts';
import { scheduleSignal } from './schedule.ts';

export interface InferOptions {
  knowledge?: KnowledgeBase;
  /** The signals to use (all by default): the evaluation turns them on one at a time. */
  signals?: readonly Signal[];
  /** Documents whose prerequisites a curation file states: a reviewer's word is not second-guessed. */
  curated?: ReadonlySet<NodeId>;
}

/** Below this an inferred edge is not kept at all: it would only clutter the map. */
export const INFERRED_FLOOR = 0.4;
/** How much stronger one direction must be than the other for a contested pair to keep it. */
const MARGIN = 0.15;

export function inferRequires(graph: AtlasGraph, diagnostics: Diagnostic[], options: InferOptions = {}): number {
  const kb = options.knowledge ?? EMPTY_KNOWLEDGE;
  const on = new Set(options.signals ?? SIGNALS);
  const all = buildProfiles(graph, kb, options.curated);
  // A study schedule orders topics; it is not a topic to order.
  const schedules = new Set(all.filter((p) => p.kind === 'schedule'));
  const profiles = all.filter((p) => !schedules.has(p));
  const groups = byDocument(profiles);
  const findings = new Findings(all.length);
  if (on.has('knowledge')) knowledgeSignal(groups, kb, findings);
  if (on.has('naming')) namingSignal(groups, findings);
  if (on.has('mention') || on.has('refd'))
    textSignals(profiles, groups, kb, findings, { mention: on.has('mention'), refd: on.has('refd') });
  if (on.has('assessment')) assessmentSignal(groups, kb, findings);
  if (on.has('schedule')) scheduleSignal(byDocument(all), kb, findings, schedules);
  if (on.has('agreement')) agreementSignal(graph, profiles, findings, DEFAULT_MIN_CONFIDENCE);

  const edges: { from: Profile; to: Profile; confidence: number; reasons: Finding[] }[] = [];
  for (const list of findings.byPair.values()) {
    const { from, to } = list[0] as Finding;
    const confidence = combinedConfidence(list);
    const reverse = findings.confidence(to, from);
    if (confidence < INFERRED_FLOOR || confidence - reverse < (reverse > 0 ? MARGIN : 0)) continue;
    edges.push({ from, to, confidence, reasons: [...list].sort((x, y) => y.confidence - x.confidence) });
  }
  // Strongest first, so a cycle is always closed, and broken, by its weakest edge.
  edges.sort((x, y) => y.confidence - x.confidence || x.to.order - y.to.order || x.from.order - y.from.order);
  let added = 0;
  for (const e of edges) {
    if (reaches(graph, e.to.id, e.from.id, () => true)) {
      // Against what an author or the curation states, inference simply yields; only a cycle of
      // inferred edges alone is inference's own, and said.
      if (reaches(graph, e.to.id, e.from.id, (a) => a.origin === 'inferred'))
        diagnostics.push({
          ...e.reasons[0]!.source,
          level: 'info',
          code: 'inferred-cycle',
          message: `not inferred: "${e.from.label}" before "${e.to.label}" (${e.confidence.toFixed(2)}) would close a cycle of stronger inferred prerequisites; the weakest inferred edge of a cycle is left out`,
        });
      continue;
    }
    for (const r of e.reasons)
      addRequires(graph, r.from.id, r.to.id, {
        origin: 'inferred',
        signal: r.signal,
        confidence: r.confidence,
        evidence: r.evidence(),
        source: r.source,
      });
    added++;
  }
  return added;
}

/** Whether `to` can be reached from `from` by topic-level `requires` edges that `follow` accepts (a bounded search). */
function reaches(graph: AtlasGraph, from: string, to: string, follow: (a: RequiresAttributes) => boolean, budget = 5000): boolean {
  const seen = new Set([from]);
  const stack = [from];
  while (stack.length > 0 && seen.size < budget) {
    const n = stack.pop() as string;
    let found = false;
    graph.forEachOutEdge(n, (_e, a, _s, t) => {
      if (found || a.kind !== 'requires' || seen.has(t) || !follow(a)) return;
      if (t === to) found = true;
      seen.add(t);
      stack.push(t);
    });
    if (found) return true;
  }
  return false;
}
