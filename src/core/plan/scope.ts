// What a request covers, shared by `plan` and `nextUp`: names resolved, the prerequisite closure of
// the targets cut at what is known or done, and its dependencies in a cycle-free study order.
import { kindWord } from '../match.ts';
import type { AtlasGraph, Diagnostic, NodeId } from '../types.ts';
import { closureOf, type Closure } from './closure.ts';
import { coveredByRelated } from './coverage.ts';
import { breakCycles, cycleDiagnostic, tangleDiagnostic } from './cycles.ts';
import { dependenciesOf, fromOf, isMilestoneEdge, milestoneKey, toOf, type Dependencies } from './dependencies.ts';
import { learningOrder, type Ordering } from './order.ts';
import { requirementsOf, type Requirements } from './requirements.ts';
import { planSettingsOf } from './settings.ts';
import { containedLearnables, resolveBackground, resolveNames, type Ambiguity, type Background } from './resolve.ts';
import type { NextOptions, NodeRef } from './types.ts';

export interface Scope {
  req: Requirements;
  background: Background | null;
  /** Targets as named; empty means every topic and milestone. */
  targets: NodeRef[];
  known: NodeRef[];
  /** Targets reached only as part of a named section, document or path (or the whole graph): the goal's label. */
  partOf: Map<number, string>;
  closure: Closure;
  deps: Dependencies;
  ordering: Ordering;
  diagnostics: Diagnostic[];
}

export function scopeOf(graph: AtlasGraph, options: NextOptions): Scope {
  const { minConfidence } = planSettingsOf({ minConfidence: options.minConfidence });
  const targets = resolveNames(graph, options.targets ?? [], 'target');
  const background = options.background === undefined ? null : resolveBackground(graph, options.background, targets.learnables);
  const known = resolveNames(graph, options.known ?? [], 'known');
  const done = resolveNames(graph, options.done ?? [], 'done');
  const diagnostics: Diagnostic[] = [];
  for (const t of targets.empty) diagnostics.push(at(graph, t.id, 'warning', 'empty-target', `target "${t.label}" contains no topics`));
  for (const [role, resolved] of [
    ['target', targets],
    ['known', known],
    ['done', done],
  ] as const) {
    for (const a of resolved.ambiguous) diagnostics.push(ambiguityDiagnostic(graph, role, a));
  }

  const req = requirementsOf(graph);
  const cut = req.scratch.uint8('scope.cut', req.n);
  const knownIndices: number[] = [];
  for (const id of [...(background?.assumed ?? []), ...known.learnables]) {
    const v = req.indexOf(id);
    if (v >= 0 && !cut[v]) {
      cut[v] = 1;
      knownIndices.push(v);
    }
  }
  for (const id of done.learnables) {
    const v = req.indexOf(id);
    if (v >= 0) cut[v] = 2;
  }
  // One "what I know": a known or done topic covers its related topics in other paths, as the page's coverage counts them.
  const have = new Set<NodeId>([...(background?.assumed ?? []), ...known.learnables, ...done.learnables]);
  for (const c of have.size === 0 ? [] : coveredByRelated(graph, have)) {
    const v = req.indexOf(c.topic);
    if (v >= 0 && !cut[v]) {
      cut[v] = 1;
      knownIndices.push(v);
    }
  }

  let targetIndices: Int32Array;
  const partOf = new Map<number, string>();
  if (targets.named.length === 0) {
    targetIndices = req.scratch.int32('scope.targets', req.learnables);
    for (let v = 0; v < req.learnables; v++) {
      targetIndices[v] = v;
      partOf.set(v, 'the whole curriculum');
    }
  } else {
    for (const t of targets.named) {
      if (req.indexOf(t.id) >= 0) continue;
      for (const id of containedLearnables(graph, t.id)) {
        const v = req.indexOf(id);
        if (v >= 0 && !partOf.has(v)) partOf.set(v, t.label);
      }
    }
    for (const t of targets.named) partOf.delete(req.indexOf(t.id));
    targetIndices = Int32Array.from(targets.learnables, (id) => req.indexOf(id));
    for (const v of targetIndices) {
      if (!cut[v]) continue;
      const word = cut[v] === 1 ? 'known' : 'done';
      diagnostics.push(
        at(graph, req.ids[v] as NodeId, 'info', `target-${word}`, `target "${req.labels[v]}" is already ${word}; it is not in the plan`),
      );
    }
  }

  let closure = closureOf(req, targetIndices, cut, minConfidence);
  let deps = dependenciesOf(req, closure);
  let ordering = learningOrder(req, closure, deps);
  // Most plans hold no cycle, and the sort finding its way through says so for free.
  if (ordering === null) {
    const { cycles, tangles } = breakCycles(deps, closure.nodes);
    for (const b of cycles) if (!isMilestoneEdge(deps, b.edge)) diagnostics.push(cycleDiagnostic(graph, deps, b, minConfidence));
    for (const t of tangles) diagnostics.push(tangleDiagnostic(graph, deps, t, minConfidence));
    // Walked again without the given-up edges: a step needed only through one of them would come
    // after the step it is "needed for". Fewer steps and edges than before, so no cycle is left.
    const ignored = req.scratch.uint8('scope.ignored', req.m);
    const ignoredMilestones = new Set<number>();
    for (const edge of [...cycles.map((b) => b.edge), ...tangles.flatMap((t) => t.given)]) {
      if (isMilestoneEdge(deps, edge)) ignoredMilestones.add(milestoneKey(req, fromOf(deps, edge), toOf(deps, edge)));
      else ignored[edge] = 1;
    }
    closure = closureOf(req, targetIndices, cut, minConfidence, ignored);
    deps = dependenciesOf(req, closure, ignoredMilestones);
    ordering = learningOrder(req, closure, deps);
    if (ordering === null) throw new Error('plan: a prerequisite cycle was left unbroken');
  }

  knownIndices.sort((a, b) => (req.order[a] as number) - (req.order[b] as number) || a - b);
  return {
    req,
    background,
    targets: targets.named,
    known: knownIndices.map((v) => ({ id: req.ids[v] as NodeId, label: req.labels[v] as string })),
    partOf,
    closure,
    deps,
    ordering,
    diagnostics,
  };
}

function at(graph: AtlasGraph, id: NodeId, level: Diagnostic['level'], code: string, message: string): Diagnostic {
  const { file, line } = graph.getNodeAttribute(id, 'source');
  return { file, line, level, code, message };
}

/** Which node a title shared by several was taken for, and the ids that name the others. */
function ambiguityDiagnostic(graph: AtlasGraph, role: string, { name, id, others }: Ambiguity): Diagnostic {
  const describe = (v: NodeId) => {
    const kind = graph.getNodeAttribute(v, 'kind');
    return `the ${kindWord(kind)} "${v}"`;
  };
  const a = graph.getNodeAttributes(id);
  const rest = others.map(describe);
  const list = rest.length === 1 ? rest[0] : `${rest.slice(0, -1).join(', ')} and ${rest[rest.length - 1]}`;
  const [verb, pronoun] = rest.length === 1 ? ['has', 'it'] : ['have', 'one'];
  return at(
    graph,
    id,
    'info',
    'ambiguous-title',
    `${role} "${name}" is the ${kindWord(a.kind)} "${a.label}" (${id}); ${list} ${verb} the same title: name ${pronoun} by its id to mean it instead`,
  );
}
