// ViewState ⇄ query string. Only what differs from the default is written, so a plain link stays
// plain; anything unreadable in a hand-edited URL falls back to the default instead of failing, and
// a plan setting out of its limits (the core's resolvePlanSettings) says so in a notice.
import type { Origin, Signal } from '../../core/types';
import { ORIGINS, SIGNALS } from '../../core/types';
import { resolvePlanSettings, type PlanSettingName } from '../../core/rules';
import { DEFAULT_VIEW, MAP_EDGE_KINDS, MAP_KINDS, type MapEdgeKind, type MapKind, type ViewState } from './view';

const list = (value: string | null): string[] => (value === null ? [] : value.split(',').filter((s) => s !== ''));
const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: readonly T[]): T[] =>
  value === null ? [...fallback] : allowed.filter((x) => list(value).includes(x));
const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

/** The URL's name for each plan setting. */
const PARAMS: Record<PlanSettingName, string> = { hours: 'hours', tracks: 'tracks', start: 'start', minConfidence: 'conf' };

/**
 * Topic ids, compact: ids of one document share its part before "#", so
 * `a/doc#x`, `a/doc#y` and `b/doc#z` are written `a/doc#x~y,b/doc#z`.
 */
export function encodeIds(ids: readonly string[]): string {
  const byDoc = new Map<string, string[]>();
  const whole: string[] = [];
  for (const id of ids) {
    const at = id.indexOf('#');
    if (at < 0 || id.includes('~') || id.includes(',')) {
      if (!id.includes(',')) whole.push(id);
      continue;
    }
    const doc = id.slice(0, at);
    byDoc.set(doc, [...(byDoc.get(doc) ?? []), id.slice(at + 1)]);
  }
  return [...[...byDoc].map(([doc, slugs]) => `${doc}#${slugs.join('~')}`), ...whole].join(',');
}

export function decodeIds(value: string | null): string[] {
  return list(value).flatMap((group) => {
    const at = group.indexOf('#');
    if (at < 0) return [group];
    const doc = group.slice(0, at);
    return group
      .slice(at + 1)
      .split('~')
      .filter((s) => s !== '')
      .map((slug) => `${doc}#${slug}`);
  });
}

export interface ViewFromUrl {
  view: ViewState;
  /** One sentence per value of the link that was out of its limits and replaced by the default. */
  notices: string[];
}

export function viewFromSearch(search: string, today: Date = new Date()): ViewFromUrl {
  const q = new URLSearchParams(search);
  const given = (name: PlanSettingName): string | null => q.get(PARAMS[name]) || null;
  const { settings, problems } = resolvePlanSettings(
    { hours: given('hours'), tracks: given('tracks'), start: given('start'), minConfidence: given('minConfidence') },
    today,
  );
  const valid = (name: PlanSettingName): boolean => given(name) !== null && !problems.some((p) => p.setting === name);
  const view: ViewState = {
    node: q.get('node') || null,
    bg: q.get('bg') || null,
    targets: q.getAll('target').filter((t) => t !== ''),
    hours: valid('hours') ? settings.hours : null,
    tracks: valid('tracks') ? settings.tracks : null,
    start: valid('start') ? settings.start : null,
    paths: list(q.get('path')),
    section: q.get('section') || null,
    kinds: pick<MapKind>(q.get('kinds'), MAP_KINDS, DEFAULT_VIEW.kinds),
    edges: pick<MapEdgeKind>(q.get('edges'), MAP_EDGE_KINDS, DEFAULT_VIEW.edges),
    origins: pick<Origin>(q.get('origins'), ORIGINS, DEFAULT_VIEW.origins),
    signals: pick<Signal>(q.get('signals'), SIGNALS, DEFAULT_VIEW.signals),
    minConfidence: valid('minConfidence') ? settings.minConfidence : DEFAULT_VIEW.minConfidence,
    view: q.get('view') === 'outline' ? 'outline' : 'map',
    shared: q.has('done') || q.has('known') ? { done: decodeIds(q.get('done')), known: decodeIds(q.get('known')) } : null,
  };
  return { view, notices: problems.map((p) => `This link's ${PARAMS[p.setting]} ${p.message}; the default is used instead.`) };
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
  if (!sameSet(state.signals, DEFAULT_VIEW.signals)) q.set('signals', state.signals.join(','));
  if (state.minConfidence !== DEFAULT_VIEW.minConfidence) q.set('conf', String(state.minConfidence));
  if (state.view !== 'map') q.set('view', state.view);
  if (state.shared !== null) {
    q.set('done', encodeIds(state.shared.done));
    q.set('known', encodeIds(state.shared.known));
  }
  const s = q.toString();
  return s === '' ? '' : `?${s}`;
}
