// Keeps sigma in step with the app: the graph to draw, the reducers that derive every look from
// the current Appearance, pointer events, camera moves, and the first-render timing mark.
import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import type Sigma from 'sigma';
import type { CameraState, EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { NodeId } from '../../core/types';
import type { Appearance } from '../state/appearance';
import { HIGHLIGHT, NODE_COLOURS } from '../theme';
import type { DisplayEdge, DisplayGraph, DisplayNode, ExtraEdge } from './display-graph';
import { drawBandTitles, spacedTitles, startLabelFrame, type Title } from './labels';
import { markFirstRender } from './first-render';
import { cameraLevel } from './lod';
import type { CentreRequest } from './MapView';

interface Props {
  display: DisplayGraph;
  /** Edges the display graph leaves out that the node in focus shows: added while it is in focus. */
  extraEdges: readonly ExtraEdge[];
  look: Appearance;
  /** The selected node: drawn at every zoom, like the neighbourhood the appearance lights. */
  selected: NodeId | null;
  centreOn: CentreRequest | null;
  onSelect: (id: NodeId | null) => void;
  onHover: (id: NodeId | null) => void;
  /** Told the camera's detail level whenever it changes. */
  onLevel: (level: number) => void;
}

/** A node's attributes as its reducer reshapes them into what sigma draws. */
type NodeData = Omit<DisplayNode, 'label'> & Partial<NodeDisplayData> & { labelColor?: string };

/** Long enough to pass over a node while panning, short enough to feel immediate when stopping on one. */
const HOVER_DELAY_MS = 120;

/** Viewport pixels between the left edge and a title held there. */
const TITLE_MARGIN = 8;

/** After the last level change, how long the camera must rest before the label grid is rebuilt. */
const REGRID_MS = 200;

export function MapController({ display, extraEdges, look, selected, centreOn, onSelect, onHover, onLevel }: Props) {
  const sigma = useSigma<DisplayNode, DisplayEdge>();
  const registerEvents = useRegisterEvents<DisplayNode, DisplayEdge>();

  // The camera's detail level (lod.ts), read by the node reducer; the camera listener below keeps it.
  const level = useRef(0);
  const selectedRef = useRef<NodeId | null>(null);
  selectedRef.current = selected;

  // The appearance the reducers read: always the latest, so a level of detail revealed meanwhile
  // gets it too; `applied` is the one sigma's data was last refreshed with.
  const current = useRef(look);
  current.current = look;
  const applied = useRef<Appearance | null>(null);

  // Reducers first: the graph below must never be drawn without them. sigma calls them for every
  // node and edge on each refresh and hands them a copy of the attributes, so they change that copy
  // in place instead of spreading a second object, and do no more than a few lookups. They are set
  // once per renderer: setting a reducer makes sigma run it over every node and edge at once.
  useEffect(() => {
    sigma.setSetting('nodeReducer', (id, attributes) => {
      const data = attributes as NodeData;
      const look = current.current;
      const emphasis = look.node(id);
      // Too minor for this zoom, unless it is what the reader is looking at or its neighbourhood.
      if (emphasis === 'hidden' || (data.lod > level.current && emphasis !== 'highlighted' && id !== selectedRef.current)) {
        data.hidden = true;
        return data;
      }
      if (emphasis === 'faded') {
        data.color = NODE_COLOURS.faded;
        data.labelColor = NODE_COLOURS.fadedLabel;
        data.zIndex = 0;
        if (look.focus !== null || look.order.size > 0) data.label = null;
        return data;
      }
      if (emphasis === 'highlighted') {
        // A plan numbers its steps on the map; the faded rest gives up its labels to them.
        const step = look.order.get(id);
        data.zIndex = 2;
        data.forceLabel = look.focus !== null || step !== undefined;
        if (id === look.focus) data.size *= 1.3;
        if (step !== undefined) data.label = `${step}. ${data.label}`;
        return data;
      }
      data.zIndex = 1;
      return data;
    });
    sigma.setSetting('edgeReducer', (id, attributes) => {
      const data = attributes as DisplayEdge & Partial<EdgeDisplayData>;
      const graph = sigma.getGraph();
      const emphasis = current.current.edge(data, graph.source(id), graph.target(id));
      if (emphasis === 'hidden') data.hidden = true;
      else if (emphasis === 'faded') {
        data.color = HIGHLIGHT.faded;
        data.zIndex = 0;
      } else if (emphasis === 'highlighted') {
        if (data.kind === 'requires') data.color = HIGHLIGHT.edge;
        data.size *= 1.8;
        data.zIndex = 2;
      } else data.zIndex = 1;
      return data;
    });
  }, [sigma]);

  // A new look (a plan, a hover, a filter) re-runs every reducer: in the map's next frame, not
  // inside the click or keystroke that changed it, whose own view (the plan list) comes first.
  // Several changes before that frame cost one pass.
  useEffect(() => {
    if (applied.current === look) return;
    const frame = requestAnimationFrame(() => {
      // A new graph (setGraph below) may have been drawn with it already.
      if (applied.current === current.current) return;
      applied.current = current.current;
      sigma.refresh();
    });
    return () => cancelAnimationFrame(frame);
  }, [sigma, look]);

  const focus = useRef<NodeId | null>(null);
  focus.current = look.focus;
  const added = useRef<ReadonlySet<string>>(new Set());
  useEffect(() => {
    // Bands come top first, so their titles come in viewport order. A band panned off to the left
    // keeps its title at the edge, where the reader can still see whose band it is.
    const titles = (): Title[] =>
      spacedTitles(
        display.getAttribute('bands').map((band) => {
          const at = sigma.graphToViewport(band);
          return { label: band.label, colour: band.colour, x: Math.max(at.x, TITLE_MARGIN), y: at.y };
        }),
        sigma.getSettings(),
      );
    const reset = () =>
      startLabelFrame(sigma.getCanvases().labels?.getContext('2d'), () => {
        const id = focus.current;
        const data = id === null ? undefined : sigma.getNodeDisplayData(id);
        const shown = id !== null && data !== undefined && !data.hidden;
        return {
          titles: titles(),
          ...(shown ? { focus: { ...data, ...sigma.framedGraphToViewport(data), size: sigma.scaleSize(data.size), key: id } } : {}),
        };
      });
    const drawTitles = () => {
      const context = sigma.getCanvases().labels?.getContext('2d');
      if (context && !(sigma.getSetting('hideLabelsOnMove') && isMoving(sigma))) drawBandTitles(context, titles(), sigma.getSettings());
    };
    // Between level boundaries a camera move costs one comparison. Crossing one re-runs the
    // reducers of the nodes that level adds and of their edges only, and writes them into sigma's
    // buffers in place; the label grid, which knows only the nodes shown when it was built, is
    // rebuilt once the camera rests (labels wait for that on a large map anyway). A map with one
    // level never refreshes for the camera.
    const camera = sigma.getCamera();
    const byLevel = display.getAttribute('lodNodes');
    const maxLod = byLevel.length - 1;
    level.current = Math.min(cameraLevel(camera.ratio), maxLod);
    onLevel(level.current);
    let regrid = 0;
    const onCamera = () => {
      const next = Math.min(cameraLevel(camera.ratio), maxLod);
      if (next === level.current) return;
      const nodes = byLevel.slice(Math.min(next, level.current) + 1, Math.max(next, level.current) + 1).flat();
      const edges: string[] = [];
      // The focus's extra edges may not be in sigma's buffers yet: the regrid below redraws them.
      for (const n of nodes) display.forEachEdge(n, (e) => void (added.current.has(e) || edges.push(e)));
      level.current = next;
      onLevel(next);
      sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: true, schedule: true });
      clearTimeout(regrid);
      regrid = window.setTimeout(() => sigma.refresh({ partialGraph: { nodes: [] }, skipIndexation: false, schedule: true }), REGRID_MS);
    };
    if (maxLod > 0) camera.on('updated', onCamera);
    // Text is the dearest thing a frame draws without a GPU, and a large map in motion is not read:
    // its labels wait until the camera stops. A small map keeps them, as it always has.
    sigma.setSetting('hideLabelsOnMove', maxLod > 0);
    sigma.on('beforeRender', reset);
    sigma.on('afterRender', drawTitles);
    sigma.setCustomBBox(withLabelRoom(display));
    applied.current = current.current;
    sigma.setGraph(display);
    // setGraph renders synchronously: the map with its data is on screen now.
    markFirstRender();
    return () => {
      camera.off('updated', onCamera);
      clearTimeout(regrid);
      sigma.off('beforeRender', reset);
      sigma.off('afterRender', drawTitles);
    };
  }, [sigma, display, onLevel]);

  useEffect(() => {
    for (const e of extraEdges) display.addEdgeWithKey(e.key, e.source, e.target, e.attributes);
    added.current = new Set(extraEdges.map((e) => e.key));
    return () => {
      for (const e of extraEdges) if (display.hasEdge(e.key)) display.dropEdge(e.key);
      added.current = new Set();
    };
  }, [display, extraEdges]);

  useEffect(() => {
    const container = sigma.getContainer();
    // Lighting a neighbourhood re-runs every reducer: only for a node the pointer rests on, not for
    // each one it crosses while the reader pans, which on a large map would cost a frame apiece. A
    // map being dragged or zoomed is not being read: nodes passing under the pointer then light
    // nothing, however slowly its frames come (a software-rendered large map takes longer than the
    // delay per frame).
    let pending = 0;
    const still = () => !sigma.getMouseCaptor().isMouseDown && !isMoving(sigma);
    registerEvents({
      clickNode: ({ node }) => onSelect(node),
      clickStage: () => onSelect(null),
      enterNode: ({ node }) => {
        container.style.cursor = 'pointer';
        clearTimeout(pending);
        if (still()) pending = window.setTimeout(() => still() && onHover(node), HOVER_DELAY_MS);
      },
      leaveNode: () => {
        container.style.cursor = '';
        clearTimeout(pending);
        onHover(null);
      },
    });
    return () => clearTimeout(pending);
  }, [sigma, registerEvents, onSelect, onHover]);

  const lastCentred = useRef(0);
  useEffect(() => {
    if (centreOn === null || centreOn.seq === lastCentred.current || !display.hasNode(centreOn.id)) return;
    lastCentred.current = centreOn.seq;
    void sigma.getCamera().animate(framing(sigma, display, look, centreOn.id), { duration: 450 });
  }, [sigma, centreOn, display, look]);

  return null;
}

/** sigma's own test for leaving labels out of a frame (its render, with hideLabelsOnMove). */
function isMoving(sigma: Sigma<DisplayNode, DisplayEdge>): boolean {
  const mouse = sigma.getMouseCaptor();
  return sigma.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0;
}

/**
 * The camera for a newly selected node: centred on it, its whole lit neighbourhood in view when
 * the map allows, and never zoomed in so far that the context is lost. Positions come from the display graph, not sigma's display
 * data: right after a selection the reducers have run but sigma has not yet re-framed that data.
 */
function framing(sigma: Sigma<DisplayNode, DisplayEdge>, display: DisplayGraph, look: Appearance, id: NodeId): Partial<CameraState> {
  const framed = (n: NodeId) => sigma.viewportToFramedGraph(sigma.graphToViewport(display.getNodeAttributes(n)));
  const start = framed(id);
  let [x0, y0, x1, y1] = [start.x, start.y, start.x, start.y];
  display.forEachNode((n) => {
    if (look.node(n) !== 'highlighted') return;
    const d = framed(n);
    [x0, y0, x1, y1] = [Math.min(x0, d.x), Math.min(y0, d.y), Math.max(x1, d.x), Math.max(y1, d.y)];
  });
  // Centred on the node, wide enough for the farthest lit neighbour on any side; framed
  // coordinates span 0..1 for the whole map, which a camera ratio of 1 shows.
  const reach = Math.max(start.x - x0, x1 - start.x, start.y - y0, y1 - start.y);
  return { x: start.x, y: start.y, ratio: Math.min(1, Math.max(0.12, reach * 2 * 1.15)) };
}

/** The graph's extent plus room on the right, where the last column's labels are drawn. */
function withLabelRoom(display: DisplayGraph): { x: [number, number]; y: [number, number] } {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  display.forEachNode((_n, a) => {
    [x0, y0, x1, y1] = [Math.min(x0, a.x), Math.min(y0, a.y), Math.max(x1, a.x), Math.max(y1, a.y)];
  });
  if (!Number.isFinite(x0)) return { x: [0, 1], y: [0, 1] };
  return { x: [x0, x1 + Math.max(1, (x1 - x0) * 0.12)], y: [y0, y1] };
}
