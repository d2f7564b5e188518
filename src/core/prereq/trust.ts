// Which prerequisites to trust: one threshold that the planner, `atlas next`, the map's edges and
// every "builds on" count read, so a screen never counts an edge its plan ignores.
import type { Origin } from '../types.ts';

/** Inferred edges below this confidence are not trusted unless the learner lowers the threshold. */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

/**
 * Whether a `requires` edge counts. Only an inferred edge can fall below the threshold: a written,
 * curated or structural one is a statement about the curriculum, whatever its confidence.
 */
export function trusted(edge: { origin: Origin; confidence: number }, minConfidence: number): boolean {
  return edge.origin !== 'inferred' || edge.confidence >= minConfidence;
}
