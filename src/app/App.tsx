// The explorer's shell: header, filters and legend, the map or the outline, and the details panel.
// The map comes first: the sidebar, the panel and the search index (and the code they need: plan
// formats, YAML, the search engine) are loaded and built once it is on screen.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { NodeId } from '../core/types';
import { progressKeyOf } from '../core/rules';
import { LoadError } from './components/ErrorBoundary';
import { Header } from './components/Header';
import { Outline } from './components/Outline';
import type { AtlasModel } from './data/model';
import { useAtlasModel } from './data/useAtlasModel';
import { useDetailsFor } from './data/useDetails';
import { mapShown, subscribeMapShown } from './graph/first-render';
import { MapView, type CentreRequest } from './graph/MapView';
import { detailsNeed } from './planner/details-need';
import type { Learner } from './planner/learner';
import { ProgressContext, progressStore, useProgress } from './planner/useProgress';
import type { AtlasSearch, SearchHit } from './search/search-index';
import { appearance } from './state/appearance';
import { useViewState } from './state/useViewState';

const Sidebar = lazy(() => import('./Sidebar').then((m) => ({ default: m.Sidebar })));
const NodePanel = lazy(() => import('./NodePanel').then((m) => ({ default: m.NodePanel })));

/** `first`: the model the page's script loaded and drew the first map from (graph/first-map.ts). */
export function App({ first }: { first: AtlasModel | null }) {
  const state = useAtlasModel(first);
  // A docs folder opened in the page replaces the default graph until the page reloads.
  const [local, setLocal] = useState<AtlasModel | null>(null);
  if (local) return <Explorer model={local} onOpen={setLocal} />;
  if (state.status === 'error') return <LoadError message={state.message} />;
  if (state.status === 'loading')
    return (
      <main className="loading" aria-busy="true">
        <p role="status">
          <span className="busy-bar" aria-hidden="true" />
          Loading the map…
        </p>
      </main>
    );
  return <Explorer model={state.model} onOpen={setLocal} />;
}

/** The explorer of one dataset, with that dataset's saved progress. */
function Explorer({ model, onOpen }: { model: AtlasModel; onOpen: (model: AtlasModel) => void }) {
  const store = useMemo(() => progressStore(progressKeyOf(model.graph)), [model]);
  return (
    <ProgressContext.Provider value={store}>
      <ExplorerView model={model} onOpen={onOpen} />
    </ProgressContext.Provider>
  );
}

function ExplorerView({ model, onOpen }: { model: AtlasModel; onOpen: (model: AtlasModel) => void }) {
  const [view, dispatch, linkNotices] = useViewState();
  const [hover, setHover] = useState<NodeId | null>(null);
  // A link opened with ?node= centres the camera on that node once the map is drawn.
  const [centreOn, setCentreOn] = useState<CentreRequest | null>(() => (view.node ? { id: view.node, seq: 1 } : null));
  const known = useProgress((s) => s.known);
  const done = useProgress((s) => s.done);
  const hours = useProgress((s) => s.hours);
  // Everything but the map waits until the map is on screen (an outline has no map to wait for).
  const shown = useSyncExternalStore(subscribeMapShown, mapShown) || view.view !== 'map';
  // Steps whose concepts and resources have arrived since the plan was made: it is made again with them.
  const [planDetails, setPlanDetails] = useState(0);
  // The planner reads only these of the view (learnerOf): selecting or hovering a node does not plan again.
  const planKey = JSON.stringify([view.bg, view.targets, view.hours, view.tracks, view.start, view.minConfidence, view.shared]);
  const planner = usePlannerCode(shown);
  const learner = useMemo(
    () => (planner ? planner.learnerOf(model, view, { known, done, hours }, new Date()) : null),
    [model, planKey, known, done, hours, planner, planDetails],
  );
  usePlanDetails(model, learner, () => setPlanDetails((n) => n + 1));
  // The same route is the same array: a plan made again with the same steps (a chunk arrived, hours
  // that move no step) leaves the map's look, and its full redraw, alone.
  const routeKey = learner?.plan?.steps.map((s) => s.id).join('\n') ?? '';
  const route = useMemo(() => (routeKey === '' ? [] : routeKey.split('\n')), [routeKey]);
  // The selected node's concepts and resources light up with it once its chunk has joined the graph.
  const selected = useDetailsFor(model.details, shown && view.node ? [view.node] : []);
  // The look reads no pace setting (hours, tracks, start) nor shared progress: changing those leaves the map alone.
  const lookKey = JSON.stringify([
    view.node,
    view.bg,
    view.targets,
    view.paths,
    view.section,
    view.kinds,
    view.edges,
    view.origins,
    view.signals,
    view.minConfidence,
  ]);
  const look = useMemo(() => appearance(model, view, hover, route), [model, lookKey, hover, route, selected.ready]);
  const search = useSearch(model, shown);

  const select = useCallback((id: NodeId | null) => dispatch({ type: 'select', node: id }), [dispatch]);
  const selectAndCentre = useCallback(
    (id: NodeId) => {
      dispatch({ type: 'select', node: id });
      setCentreOn((c) => ({ id, seq: (c?.seq ?? 0) + 1 }));
    },
    [dispatch],
  );
  const deselect = useCallback(() => select(null), [select]);
  const onChoose = useCallback((hit: SearchHit) => selectAndCentre(hit.select), [selectAndCentre]);

  return (
    <div className={`app${view.node ? ' has-panel' : ''}`}>
      <Header model={model} view={view.view} onView={(v) => dispatch({ type: 'view', view: v })} search={search} onChoose={onChoose} />
      <details className="sidebar" open={typeof matchMedia === 'undefined' || !matchMedia('(max-width: 720px)').matches}>
        <summary>Planner, filters and legend</summary>
        {learner === null ? (
          <PreparingPlanner />
        ) : (
          <Suspense fallback={<PreparingPlanner />}>
            <Sidebar
              model={model}
              view={view}
              dispatch={dispatch}
              learner={learner}
              linkNotices={linkNotices}
              onSelect={selectAndCentre}
              onOpen={(m) => {
                select(null);
                onOpen(m);
              }}
            />
          </Suspense>
        )}
      </details>
      <main className="main" aria-label={view.view === 'map' ? 'Map' : 'Outline'}>
        {view.view === 'map' ? (
          <MapView model={model} view={view} look={look} centreOn={centreOn} onSelect={select} onHover={setHover} />
        ) : (
          <Outline model={model} look={look} selected={view.node} onSelect={selectAndCentre} />
        )}
      </main>
      {view.node && shown && (
        <Suspense fallback={null}>
          <NodePanel
            model={model}
            id={view.node}
            minConfidence={view.minConfidence}
            targets={view.targets}
            dispatch={dispatch}
            onSelect={selectAndCentre}
            onClose={deselect}
          />
        </Suspense>
      )}
    </div>
  );
}

/** The pathfinder and its plan formats, loaded once the map is on screen. */
function usePlannerCode(shown: boolean): typeof import('./planner/learner') | null {
  const [code, setCode] = useState<typeof import('./planner/learner') | null>(null);
  useEffect(() => {
    if (shown && code === null) void import('./planner/learner').then(setCode);
  }, [shown, code]);
  return code;
}

/**
 * A plan is made from the map's part at once; its steps' concepts and resources (which its effort
 * estimates and resource lists read) are fetched, and the plan made again when they are in.
 */
function usePlanDetails(model: AtlasModel, learner: Learner | null, onArrived: () => void): void {
  // Its steps' chunks, and those of the learner's topics, whose `related` edges say what they cover in other paths.
  const wanted = learner?.plan ? [...learner.plan.steps, ...learner.doneSteps].map((s) => s.id) : [];
  if (learner) wanted.push(...learner.have);
  const settled = learner === null || learner.detailed;
  const key = `${settled}\n${wanted.join('\n')}`;
  // Whether they are in the graph now: this renders again when they come, whoever fetched them.
  const now = useSyncExternalStore(model.details.subscribe, () => !settled && model.details.ready(key.split('\n').slice(1)));
  useEffect(() => {
    const need = detailsNeed(learner, now);
    if (need === 'replan') onArrived();
    // Their coming renders this again (`now`), and the plan is made again; a failure is the
    // planner's to show (PlanExports).
    else if (need === 'fetch') model.details.ensure(key.split('\n').slice(1)).catch(() => {});
    // onArrived and learner are fresh each render; the key and `now` hold what decides.
  }, [model, key, now]);
}

/** The search index, built in slices after the map is on screen; then the rest of the details come in idle time. */
function useSearch(model: AtlasModel, shown: boolean): AtlasSearch | null {
  const [search, setSearch] = useState<{ model: AtlasModel; search: AtlasSearch } | null>(null);
  useEffect(() => {
    if (!shown) return;
    let live = true;
    void Promise.all([import('./search/search-index'), model.details.searchRows().catch(() => [])])
      .then(([{ buildSearch }, rows]) => buildSearch(model, rows))
      .then((built) => {
        if (!live) return;
        setSearch({ model, search: built });
        model.details.prefetch();
      });
    return () => {
      live = false;
    };
  }, [model, shown]);
  return search?.model === model ? search.search : null;
}

function PreparingPlanner() {
  return (
    <p className="muted" role="status">
      Preparing the planner…
    </p>
  );
}
