// The map: the only component tree that touches sigma (through renderer.ts, which also draws the
// first map before the app loads). It receives the view and its appearance and reports clicks and
// hovers; everything sigma shows is derived here, nothing is stored.
import { SigmaProvider } from '@react-sigma/core';
import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type Sigma from 'sigma';
import type { NodeId } from '../../core/types';
import type { AtlasModel } from '../data/model';
import { DetailsFailure } from '../components/DetailsFailure';
import { useAllDetails } from '../data/useDetails';
import type { Appearance } from '../state/appearance';
import { mapNeedsDetails, type ViewState } from '../state/view';
import { describeMap, displayGraph, focusEdges, orientationFor, type Orientation } from './display-graph';
import { firstMapDisplay, firstMapWaiting, takeFirstMap } from './first-map';
import { MapController } from './MapController';
import { MapControls } from './MapControls';
import { MapRenderer, type MapSigma } from './renderer';

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
    () => model.graph.order < STATUS_FROM_NODES || performance.getEntriesByName('atlas:first-render').length === 0 || firstMapWaiting(),
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
  const wanted = mapNeedsDetails(kinds, edges);
  const details = useAllDetails(model.details, wanted);
  const all = wanted && details.ready;
  // The map drawn before the app loaded, if it shows just this.
  const display = useMemo(
    () =>
      (!all && firstMapDisplay(model, kinds, orientation, edges)) ||
      displayGraph(all ? { ...model, graph: model.details.whole() } : model, kinds, orientation, edges),
    [model, kinds, orientation, edges, all],
  );
  const extraEdges = useMemo(() => focusEdges(model, display, look.focus), [model, display, look.focus]);
  const description = useMemo(() => describeMap(model, display, view.node), [model, display, view.node]);
  const [sigma, setSigma] = useState<MapSigma | null>(null);
  const [level, setLevel] = useState(0);
  const counts = display.getAttribute('lodCounts');
  const shown = counts[Math.min(level, counts.length - 1)] as number;
  const total = counts[counts.length - 1] as number;
  return (
    <>
      {/* Focusable so the keyboard can pan and zoom it; the Outline view is the way to its topics. */}
      <div className="map-canvas" role="img" aria-label={description} tabIndex={0} onKeyDown={(e) => sigma && moveCamera(sigma, e)}>
        <SigmaHost look={look} onSigma={setSigma}>
          {(renderer) => (
            <MapController
              renderer={renderer}
              display={display}
              extraEdges={extraEdges}
              look={look}
              selected={view.node}
              centreOn={centreOn}
              onSelect={onSelect}
              onHover={onHover}
              onLevel={setLevel}
            />
          )}
        </SigmaHost>
      </div>
      {/* Outside the role="img" wrapper, so that they stay reachable as controls. */}
      {sigma && <MapControls sigma={sigma} name={model.name} />}
      {wanted &&
        !details.ready &&
        (details.failure ? (
          <DetailsFailure className="map-building map-error" failure={details.failure} onRetry={details.retry} />
        ) : (
          <p className="map-building" role="status">
            <span className="busy-bar" aria-hidden="true" />
            Fetching concepts and resources for the map…
          </p>
        ))}
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
 * The renderer, made while React commits the map (a layout effect) rather than in an effect after
 * the browser has painted: the map controller below is mounted and hands it the graph in the same
 * task, so no frame is spent on an empty canvas before the map. The map drawn before the app loaded
 * is taken over instead, as it is on screen.
 */
function SigmaHost({
  look,
  onSigma,
  children,
}: {
  /** The look a new renderer starts with; MapController keeps it current. */
  look: Appearance;
  onSigma: (sigma: MapSigma | null) => void;
  children: (renderer: MapRenderer) => ReactNode;
}) {
  const host = useRef<HTMLDivElement>(null);
  const firstLook = useRef(look);
  const [renderer, setRenderer] = useState<MapRenderer | null>(null);
  // Let go of by a clean-up that React may follow at once with the same effect again (StrictMode
  // does in development): that run takes it back rather than drawing the map anew.
  const released = useRef<MapRenderer | null>(null);
  useLayoutEffect(() => {
    const element = host.current as HTMLDivElement;
    const made =
      released.current ??
      takeFirstMap() ??
      new MapRenderer(element, { look: firstLook.current, selected: null, extra: new Set(), onLevel: () => {} });
    released.current = null;
    if (made.container.parentElement !== element) element.appendChild(made.container);
    setRenderer(made);
    onSigma(made.sigma);
    return () => {
      onSigma(null);
      released.current = made;
      queueMicrotask(() => {
        if (released.current !== made) return;
        released.current = null;
        made.kill();
      });
    };
  }, [onSigma]);
  // The provider is typed for any attributes; MapController's hooks read it back with DisplayNode and DisplayEdge.
  const context = useMemo(
    () => (renderer ? { sigma: renderer.sigma as unknown as Sigma, container: renderer.container } : null),
    [renderer],
  );
  return (
    <div className="react-sigma map-sigma" ref={host}>
      {context && renderer && <SigmaProvider value={context}>{children(renderer)}</SigmaProvider>}
    </div>
  );
}

/** Portrait screens read the map top → down: it then fills a phone instead of a thin strip. */
function useOrientation(frame: React.RefObject<HTMLDivElement | null>): Orientation {
  const [orientation, setOrientation] = useState<Orientation>('horizontal');
  useEffect(() => {
    const el = frame.current;
    if (el === null) return;
    const update = () => setOrientation(orientationFor(el.clientWidth, el.clientHeight));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [frame]);
  return orientation;
}

/** Arrow keys pan by a tenth of the view, + and − zoom, 0 fits the whole map. */
function moveCamera(sigma: MapSigma, e: React.KeyboardEvent): void {
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
