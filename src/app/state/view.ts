// What the reader is looking at, as one plain serialisable object: it goes into the URL, so every
// view can be shared and reloads the same. Changes are pure functions (state, action) => state.
import type { NodeId, Origin, Signal } from '../../core/types';
import { ORIGINS, SIGNALS } from '../../core/types';
import { DEFAULT_MIN_CONFIDENCE } from '../../core/rules';

/** Node kinds the map can draw; documents, sections and paths live in the outline. */
export type MapKind = 'topic' | 'milestone' | 'pathway' | 'concept' | 'resource';
export const MAP_KINDS: readonly MapKind[] = ['topic', 'milestone', 'pathway', 'concept', 'resource'];
export const DEFAULT_KINDS: readonly MapKind[] = ['topic', 'milestone', 'pathway'];

/** Edge kinds the map can draw; `contains` and `teaches` come with concepts and resources. */
export type MapEdgeKind = 'requires' | 'background' | 'related';
export const MAP_EDGE_KINDS: readonly MapEdgeKind[] = ['requires', 'background', 'related'];
/** Background links and cross-path relations cross the whole map: drawn when a node is in focus, or on request. */
export const DEFAULT_EDGE_KINDS: readonly MapEdgeKind[] = ['requires'];

/** Concepts, resources and related topics are in the details: a map showing any waits for all of them. */
export const mapNeedsDetails = (kinds: readonly MapKind[], edges: readonly MapEdgeKind[]): boolean =>
  kinds.includes('concept') || kinds.includes('resource') || edges.includes('related');

export type ViewMode = 'map' | 'outline';

export interface ViewState {
  /** Selected node. */
  node: NodeId | null;
  /** Background: a pathway id or a background name ("Software Engineering"). */
  bg: string | null;
  /** The planner's goals (ids or titles), weekly hours, parallel tracks and first day (YYYY-MM-DD). */
  targets: string[];
  hours: number | null;
  tracks: number | null;
  start: string | null;
  /** Learning paths shown; empty means all. */
  paths: NodeId[];
  section: NodeId | null;
  kinds: MapKind[];
  edges: MapEdgeKind[];
  origins: Origin[];
  /** Inferred prerequisites shown by the kinds of evidence behind them. */
  signals: Signal[];
  /** Inferred prerequisites below this confidence are not trusted: by the map, the plan and every count. */
  minConfidence: number;
  view: ViewMode;
  /** Progress that came with a shared link ("Copy link"): the recipient plans with it instead of their own ticks and hours. */
  shared: { done: NodeId[]; known: NodeId[]; hours?: Record<NodeId, number> } | null;
}

export const DEFAULT_VIEW: ViewState = {
  node: null,
  bg: null,
  targets: [],
  hours: null,
  tracks: null,
  start: null,
  paths: [],
  section: null,
  kinds: [...DEFAULT_KINDS],
  edges: [...DEFAULT_EDGE_KINDS],
  origins: [...ORIGINS],
  signals: [...SIGNALS],
  minConfidence: DEFAULT_MIN_CONFIDENCE,
  view: 'map',
  shared: null,
};

export type ViewAction =
  | { type: 'select'; node: NodeId | null }
  | { type: 'background'; bg: string | null }
  | { type: 'plan'; plan: Partial<Pick<ViewState, 'targets' | 'hours' | 'tracks' | 'start'>> }
  | { type: 'paths'; paths: NodeId[] }
  | { type: 'section'; section: NodeId | null }
  | { type: 'toggleKind'; kind: MapKind }
  | { type: 'toggleEdgeKind'; kind: MapEdgeKind }
  | { type: 'toggleOrigin'; origin: Origin }
  | { type: 'toggleSignal'; signal: Signal }
  | { type: 'minConfidence'; value: number }
  | { type: 'view'; view: ViewMode }
  | { type: 'reset' }
  | { type: 'replace'; state: ViewState };

const toggle = <T>(list: readonly T[], item: T, order: readonly T[]): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : order.filter((x) => x === item || list.includes(x));

export function reduceView(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'select':
      return { ...state, node: action.node };
    case 'background':
      return { ...state, bg: action.bg };
    case 'plan':
      return { ...state, ...action.plan };
    case 'paths':
      return { ...state, paths: action.paths, section: null };
    case 'section':
      return { ...state, section: action.section };
    case 'toggleKind':
      return { ...state, kinds: toggle(state.kinds, action.kind, MAP_KINDS) };
    case 'toggleEdgeKind':
      return { ...state, edges: toggle(state.edges, action.kind, MAP_EDGE_KINDS) };
    case 'toggleOrigin':
      return { ...state, origins: toggle(state.origins, action.origin, ORIGINS) };
    case 'toggleSignal':
      return { ...state, signals: toggle(state.signals, action.signal, SIGNALS) };
    case 'minConfidence':
      return { ...state, minConfidence: Math.min(1, Math.max(0, action.value)) };
    case 'view':
      return { ...state, view: action.view };
    case 'reset':
      return {
        ...DEFAULT_VIEW,
        node: state.node,
        targets: state.targets,
        hours: state.hours,
        tracks: state.tracks,
        start: state.start,
        view: state.view,
        shared: state.shared,
      };
    case 'replace':
      return action.state;
  }
}
