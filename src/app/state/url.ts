// ViewState ⇄ query string. Only what differs from the default is written, so a plain link stays
// plain; anything unreadable in a hand-edited URL falls back to the default instead of failing, and
// a plan setting out of its limits (the core's resolvePlanSettings) says so in a notice.
import type { Origin, Signal } from '../../core/types';
import { ORIGINS, SIGNALS } from '../../core/types';
import { resolvePlanSettings, TOPIC_HOURS_WANTS, topicHoursOf, type PlanSettingName } from '../../core/rules';
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

/**
 * A learner's own hours per topic, as ids with their hours after a colon, grouped like encodeIds:
 * `a/doc#x:6~y:2.5`. A pair out of TOPIC_HOURS's limits is left out, and said so.
 */
export function encodeHours(hours: Readonly<Record<string, number>>): string {
  return encodeIds(Object.entries(hours).map(([id, h]) => `${id}:${h}`));
}

export function decodeHours(value: string | null): { hours: Record<string, number>; dropped: string[] } {
  // No prototype: an id from a crafted link may be "__proto__".
  const hours = Object.create(null) as Record<string, number>;
  const dropped: string[] = [];
  for (const pair of decodeIds(value)) {
    const at = pair.lastIndexOf(':');
    const h = at > 0 ? topicHoursOf(pair.slice(at + 1)) : null;
    if (h === null) dropped.push(pair);
    else hours[pair.slice(0, at)] = h;
  }
  return { hours, dropped };
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
  const own = q.has('effort') ? decodeHours(q.get('effort')) : null;
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
    shared:
      q.has('done') || q.has('known') || own !== null
        ? { done: decodeIds(q.get('done')), known: decodeIds(q.get('known')), ...(own === null ? {} : { hours: own.hours }) }
        : null,
  };
  const notices = problems.map((p) => `This link's ${PARAMS[p.setting]} ${p.message}; the default is used instead.`);
  for (const pair of own?.dropped ?? [])
    notices.push(`This link's effort "${pair}" is not a topic with ${TOPIC_HOURS_WANTS}; Atlas's estimate is used instead.`);
  return { view, notices };
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
    if (state.shared.hours !== undefined && Object.keys(state.shared.hours).length > 0) q.set('effort', encodeHours(state.shared.hours));
  }
  const s = q.toString();
  return s === '' ? '' : `?${s}`;
}
