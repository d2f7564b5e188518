// The map: the only component tree that touches sigma. It receives the view and its appearance
// and reports clicks and hovers; everything sigma shows is derived here, nothing is stored.
import { SigmaProvider } from '@react-sigma/core';
import { MultiDirectedGraph } from 'graphology';
import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { NodeId } from '../../core/types';
import type { AtlasModel } from '../data/model';
import { useAllDetails } from '../data/useDetails';
import type { Appearance } from '../state/appearance';
import type { ViewState } from '../state/view';
import { describeMap, displayGraph, focusEdges, type DisplayEdge, type DisplayNode, type Orientation } from './display-graph';
import { drawHover, drawLabel } from './labels';
import { MapController } from './MapController';
import { MapControls } from './MapControls';

export interface CentreRequest {
  id: NodeId;
  /** Increases on every request, so asking twice for the same node moves the camera twice. */
  seq: number;
}

export interface MapViewProps {
  model: AtlasModel;
  view: ViewState;
  look: Appearance;
  centreOn: CentreRequest | null;
  onSelect: (id: NodeId | null) => void;
  onHover: (id: NodeId | null) => void;
}

/** The renderer's settings; the reducers that change with the view are set by MapController. */
const SETTINGS: Partial<Settings<DisplayNode, DisplayEdge>> = {
  defaultEdgeType: 'line',
  renderEdgeLabels: false,
  zIndex: true,
  labelFont: 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  labelSize: 12,
  labelWeight: '500',
  labelColor: { color: '#1f2937' },
  // Up to five labels a cell at the default zoom: the label drawer (labels.ts) leaves out any that
  // would overlap, so sigma's grid need not guess, and rows 60 px apart all get their labels.
  labelDensity: 5,
  labelGridCellSize: 120,
  // Below the smallest topic (display-graph's nodeSize: 4): every topic and pathway is named at the
  // default zoom, concepts and resources once zoomed in.
  labelRenderedSizeThreshold: 3.5,
  defaultDrawNodeLabel: drawLabel,
  defaultDrawNodeHover: drawHover,
  minCameraRatio: 0.02,
  maxCameraRatio: 3,
  stagePadding: 24,
  // A map behind a collapsed layout (or not yet laid out) has no size for a moment; that is no error.
  allowInvalidContainer: true,
};

/**
 * Graphs from this size on may take the map over half a second to build: a 10k-topic curriculum
 * (66,000 nodes) took 0.6 s in the e2e Chromium, the corpus (7,600) a tenth of that.
 */
const STATUS_FROM_NODES = 20_000;

export function MapView({ model, view, look, centreOn, onSelect, onHover }: MapViewProps) {
  const frame = useRef<HTMLDivElement>(null);
  const orientation = useOrientation(frame);
  // Building a large map blocks the page for a while. On the page's first load the loading status
  // stays on screen meanwhile (its bar moves on the compositor), and waiting for a frame would only
  // delay the map; later (back from the outline, another folder opened) the browser paints this
  // status first. A small map is drawn before a status could be read, and waits for no frame.
  const [painted, setPainted] = useState(
    () => model.graph.order < STATUS_FROM_NODES || performance.getEntriesByName('atlas:first-render').length === 0,
  );
  useEffect(() => {
    if (painted) return;
    let timer = 0;
    const frameId = requestAnimationFrame(() => (timer = window.setTimeout(() => setPainted(true))));
    return () => {
      cancelAnimationFrame(frameId);
      clearTimeout(timer);
    };
  }, [painted]);
  return (
    <div className="map" ref={frame}>
      {painted ? (
        <MapCanvas
          model={model}
          view={view}
          look={look}
          centreOn={centreOn}
          onSelect={onSelect}
          onHover={onHover}
          orientation={orientation}
        />
      ) : (
        <p className="map-building" role="status" aria-busy="true">
          <span className="busy-bar" aria-hidden="true" />
          Drawing the map…
        </p>
      )}
    </div>
  );
}

function MapCanvas({ model, view, look, centreOn, onSelect, onHover, orientation }: MapViewProps & { orientation: Orientation }) {
  // A large map takes a while to rebuild for another set of kinds: the filters answer at once and
  // the map says it is being redrawn, then the rebuild runs as a deferred render.
  const kinds = useDeferredValue(view.kinds);
  const edges = useDeferredValue(view.edges);
  // Concepts, resources and related topics are in the details: the map shows them once all have come,
  // drawn from the graph in the whole's order, as the data was built.
  const wanted = kinds.includes('concept') || kinds.includes('resource') || edges.includes('related');
  const details = useAllDetails(model.details, wanted);
  const all = wanted && details.ready;
  const display = useMemo(
    () => displayGraph(all ? { ...model, graph: model.details.whole() } : model, kinds, orientation, edges),
    [model, kinds, orientation, edges, all],
  );
  const extraEdges = useMemo(() => focusEdges(model, display, look.focus), [model, display, look.focus]);
  const description = useMemo(() => describeMap(model, display, view.node), [model, display, view.node]);
  const [sigma, setSigma] = useState<Sigma<DisplayNode, DisplayEdge> | null>(null);
  const [level, setLevel] = useState(0);
  const counts = display.getAttribute('lodCounts');
  const shown = counts[Math.min(level, counts.length - 1)] as number;
  const total = counts[counts.length - 1] as number;
  return (
    <>
      {/* Focusable so the keyboard can pan and zoom it; the Outline view is the way to its topics. */}
      <div className="map-canvas" role="img" aria-label={description} tabIndex={0} onKeyDown={(e) => sigma && moveCamera(sigma, e)}>
        <SigmaHost onSigma={setSigma}>
          <MapController
            display={display}
            extraEdges={extraEdges}
            look={look}
            selected={view.node}
            centreOn={centreOn}
            onSelect={onSelect}
            onHover={onHover}
            onLevel={setLevel}
          />
        </SigmaHost>
      </div>
      {/* Outside the role="img" wrapper, so that they stay reachable as controls. */}
      {sigma && <MapControls sigma={sigma} name={model.name} />}
      {wanted && !details.ready && (
        <p className={details.failure ? 'map-building map-error' : 'map-building'} role={details.failure ? 'alert' : 'status'}>
          {details.failure ?? (
            <>
              <span className="busy-bar" aria-hidden="true" />
              Fetching concepts and resources for the map…
            </>
          )}
        </p>
      )}
      {(kinds !== view.kinds || edges !== view.edges) && (
        <p className="map-building" role="status" aria-busy="true">
          <span className="busy-bar" aria-hidden="true" />
          Redrawing the map…
        </p>
      )}
      {shown < total && (
        <p className="map-detail">
          Showing the {shown.toLocaleString('en')} most connected of {total.toLocaleString('en')} nodes: zoom in for the rest.
        </p>
      )}
    </>
  );
}

/**
 * sigma, made while React commits the map (a layout effect) rather than in an effect after the
 * browser has painted: the map controller below is mounted and hands it the graph in the same
 * task, so no frame is spent on an empty canvas before the map.
 */
function SigmaHost({ onSigma, children }: { onSigma: (sigma: Sigma<DisplayNode, DisplayEdge> | null) => void; children: ReactNode }) {
  const container = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<Sigma<DisplayNode, DisplayEdge> | null>(null);
  useLayoutEffect(() => {
    const made = new Sigma<DisplayNode, DisplayEdge>(new MultiDirectedGraph(), container.current as HTMLDivElement, SETTINGS);
    setSigma(made);
    onSigma(made);
    return () => {
      onSigma(null);
      setSigma(null);
      made.kill();
    };
  }, [onSigma]);
  // The provider is typed for any attributes; MapController reads it back as useSigma<DisplayNode, DisplayEdge>().
  const context = useMemo(
    () => (sigma && container.current ? { sigma: sigma as unknown as Sigma, container: container.current } : null),
    [sigma],
  );
  return (
    <div className="react-sigma map-sigma">
      <div className="sigma-container" ref={container} />
      {context && <SigmaProvider value={context}>{children}</SigmaProvider>}
    </div>
  );
}

/** Portrait screens read the map top → down: it then fills a phone instead of a thin strip. */
function useOrientation(frame: React.RefObject<HTMLDivElement | null>): Orientation {
  const [orientation, setOrientation] = useState<Orientation>('horizontal');
  useEffect(() => {
    const el = frame.current;
    if (el === null) return;
    const update = () => setOrientation(el.clientHeight > el.clientWidth * 1.2 ? 'vertical' : 'horizontal');
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [frame]);
  return orientation;
}

/** Arrow keys pan by a tenth of the view, + and − zoom, 0 fits the whole map. */
function moveCamera(sigma: Sigma<DisplayNode, DisplayEdge>, e: React.KeyboardEvent): void {
  const camera = sigma.getCamera();
  const step = 0.1 * camera.ratio;
  const pan: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
  const move = pan[e.key];
  if (move) void camera.animate({ x: camera.x + move[0], y: camera.y + move[1] }, { duration: 150 });
  else if (e.key === '+' || e.key === '=') void camera.animatedZoom({ duration: 200 });
  else if (e.key === '-' || e.key === '_') void camera.animatedUnzoom({ duration: 200 });
  else if (e.key === '0') void camera.animatedReset({ duration: 250 });
  else return;
  e.preventDefault();
}
