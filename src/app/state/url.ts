// ViewState ⇄ query string. Only what differs from the default is written, so a plain link stays
// plain; anything unreadable in a hand-edited URL falls back to the default instead of failing.
import type { Origin } from '../../core/types';
import { ORIGINS } from '../../core/types';
import { DEFAULT_VIEW, MAP_EDGE_KINDS, MAP_KINDS, type MapEdgeKind, type MapKind, type ViewState } from './view';

const list = (value: string | null): string[] => (value === null ? [] : value.split(',').filter((s) => s !== ''));
const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: readonly T[]): T[] =>
  value === null ? [...fallback] : allowed.filter((x) => list(value).includes(x));
const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

function number(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

export function viewFromSearch(search: string): ViewState {
  const q = new URLSearchParams(search);
  const hours = number(q.get('hours'));
  const conf = number(q.get('conf'));
  const tracks = number(q.get('tracks'));
  const start = q.get('start') ?? '';
  return {
    node: q.get('node') || null,
    bg: q.get('bg') || null,
    targets: q.getAll('target').filter((t) => t !== ''),
    hours: hours !== null && hours > 0 ? hours : null,
    tracks: tracks !== null && Number.isInteger(tracks) && tracks >= 1 ? tracks : null,
    start: /^\d{4}-\d{2}-\d{2}$/.test(start) ? start : null,
    paths: list(q.get('path')),
    section: q.get('section') || null,
    kinds: pick<MapKind>(q.get('kinds'), MAP_KINDS, DEFAULT_VIEW.kinds),
    edges: pick<MapEdgeKind>(q.get('edges'), MAP_EDGE_KINDS, DEFAULT_VIEW.edges),
    origins: pick<Origin>(q.get('origins'), ORIGINS, DEFAULT_VIEW.origins),
    minConfidence: conf !== null ? Math.min(1, Math.max(0, conf)) : 0,
    view: q.get('view') === 'outline' ? 'outline' : 'map',
  };
}

export function searchFromView(state: ViewState): string {
  const q = new URLSearchParams();
  if (state.bg) q.set('bg', state.bg);
  for (const t of state.targets) q.append('target', t);
  if (state.node) q.set('node', state.node);
  if (state.hours !== null) q.set('hours', String(state.hours));
  if (state.tracks !== null) q.set('tracks', String(state.tracks));
  if (state.start !== null) q.set('start', state.start);
  if (state.paths.length > 0) q.set('path', state.paths.join(','));
  if (state.section) q.set('section', state.section);
  if (!sameSet(state.kinds, DEFAULT_VIEW.kinds)) q.set('kinds', state.kinds.join(','));
  if (!sameSet(state.edges, DEFAULT_VIEW.edges)) q.set('edges', state.edges.join(','));
  if (!sameSet(state.origins, DEFAULT_VIEW.origins)) q.set('origins', state.origins.join(','));
  if (state.minConfidence > 0) q.set('conf', String(state.minConfidence));
  if (state.view !== 'map') q.set('view', state.view);
  const s = q.toString();
  return s === '' ? '' : `?${s}`;
}
