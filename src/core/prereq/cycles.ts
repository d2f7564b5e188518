// Prerequisite cycles: found with an iterative strongly-connected-components pass (no deep input
// can overflow the stack), each reported with every edge of one cycle through it and its file:line.
import type { AtlasGraph, Diagnostic, NodeId, RequiresAttributes } from '../types.ts';

export interface Cycle {
  /** The edges of one cycle, in order; the weakest is where planning breaks it. */
  edges: string[];
  weakest: string;
}

export function findCycles(graph: AtlasGraph): Cycle[] {
  const index = new Map<NodeId, number>();
  const low = new Map<NodeId, number>();
  const onStack = new Set<NodeId>();
  const stack: NodeId[] = [];
  const components: NodeId[][] = [];
  const succ = (n: NodeId) => graph.outEdges(n).filter((e) => graph.getEdgeAttribute(e, 'kind') === 'requires').map((e) => graph.target(e));
  let counter = 0;
  graph.forEachNode((root) => {
    if (index.has(root)) return;
    const work: { node: NodeId; next: NodeId[]; i: number }[] = [{ node: root, next: succ(root), i: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as (typeof work)[number];
      if (frame.i < frame.next.length) {
        const w = frame.next[frame.i++] as NodeId;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ node: w, next: succ(w), i: 0 });
        } else if (onStack.has(w)) low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(w) as number));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: NodeId[] = [];
        let w: NodeId;
        do {
          w = stack.pop() as NodeId;
          onStack.delete(w);
          component.push(w);
        } while (w !== frame.node);
        if (component.length > 1) components.push(component);
      }
    }
  });
  return components.map((c) => cycleIn(graph, new Set(c)));
}

/** One cycle inside a strongly connected component: walk requires edges until a node repeats. */
function cycleIn(graph: AtlasGraph, members: Set<NodeId>): Cycle {
  const start = [...members].sort()[0] as NodeId;
  const seenAt = new Map<NodeId, number>();
  const path: string[] = [];
  let node = start;
  while (!seenAt.has(node)) {
    seenAt.set(node, path.length);
    const edge = graph.outEdges(node).find((e) => graph.getEdgeAttribute(e, 'kind') === 'requires' && members.has(graph.target(e))) as string;
    path.push(edge);
    node = graph.target(edge);
  }
  const edges = path.slice(seenAt.get(node));
  const confidence = (e: string) => (graph.getEdgeAttributes(e) as RequiresAttributes).confidence;
  const weakest = edges.reduce((a, b) => (confidence(b) < confidence(a) ? b : a));
  return { edges, weakest };
}

export function cycleDiagnostics(graph: AtlasGraph, cycles: Cycle[]): Diagnostic[] {
  return cycles.map(({ edges, weakest }) => {
    const label = (n: NodeId) => graph.getNodeAttribute(n, 'label');
    const steps = edges.map((e) => {
      const a = graph.getEdgeAttributes(e) as RequiresAttributes;
      return `${label(graph.source(e))} → ${label(graph.target(e))} (${a.origin} ${a.confidence}, ${a.source.file}:${a.source.line})`;
    });
    const w = graph.getEdgeAttributes(weakest) as RequiresAttributes;
    return {
      file: w.source.file,
      line: w.source.line,
      level: 'error',
      code: 'cycle',
      message: `prerequisite cycle: ${steps.join('; ')}; planning breaks it at ${label(graph.source(weakest))} → ${label(graph.target(weakest))}`,
    } satisfies Diagnostic;
  });
}
