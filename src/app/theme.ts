// The map's visual vocabulary, shared by the renderer and the legend so they always agree:
// one colour per learning path, one stroke per edge kind and origin.
import { scaleOrdinal } from 'd3-scale';
import type { NodeId, Origin } from '../core/types';

/** Tableau 10: distinct at a glance and legible on white. */
const PATH_COLOURS = ['#4e79a7', '#f28e2b', '#e15759', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#ff9da7', '#9c755f', '#bab0ac'];

export function pathColours(paths: readonly NodeId[]): (path: NodeId) => string {
  const scale = scaleOrdinal<NodeId, string>().domain(paths).range(PATH_COLOURS);
  return (path) => scale(path);
}

export const NODE_COLOURS = {
  /** Backgrounds are not topics: one colour of their own, the colour of their links. */
  pathway: '#047857',
  concept: '#94a3b8',
  resource: '#0f766e',
  faded: '#e5e7eb',
  fadedLabel: '#9ca3af',
} as const;

export interface Stroke {
  colour: string;
  size: number;
  label: string;
}

/** Weaker evidence draws lighter and thinner, so a reader trusts what looks solid. */
export const ORIGIN_STROKES: Record<Origin, Stroke> = {
  explicit: { colour: '#1e293b', size: 1.6, label: 'explicit: written in a document' },
  curated: { colour: '#4338ca', size: 1.4, label: 'curated: reviewed by the project' },
  structural: { colour: '#94a3b8', size: 0.9, label: 'structural: document order and links' },
  inferred: { colour: '#cbd5e1', size: 0.7, label: 'inferred: text evidence' },
};

export const EDGE_STROKES = {
  assumes: { colour: '#d97706', size: 0.8, label: 'a background assumes this topic' },
  focuses: { colour: '#059669', size: 0.8, label: 'a background focuses on this topic' },
  related: { colour: '#c4b5fd', size: 0.6, label: 'related topics across paths' },
  contains: { colour: '#e2e8f0', size: 0.5, label: 'a topic covers this concept' },
  teaches: { colour: '#99f6e4', size: 0.5, label: 'a resource teaches this topic' },
} as const satisfies Record<string, Stroke>;

export const HIGHLIGHT = { edge: '#0f172a', faded: '#f1f5f9' } as const;
