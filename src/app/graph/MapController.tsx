// Keeps the map's renderer in step with the app: the graph to draw, the appearance its reducers
// read, pointer events and camera moves.
import { useRegisterEvents } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import type { CameraState } from 'sigma/types';
import type { NodeId } from '../../core/types';
import type { Appearance } from '../state/appearance';
import type { DisplayEdge, DisplayGraph, DisplayNode, ExtraEdge } from './display-graph';
import type { CentreRequest } from './MapView';
import { isMoving, type MapRenderer, type MapSigma } from './renderer';

interface Props {
  renderer: MapRenderer;
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

/** Long enough to pass over a node while panning, short enough to feel immediate when stopping on one. */
const HOVER_DELAY_MS = 120;

export function MapController({ renderer, display, extraEdges, look, selected, centreOn, onSelect, onHover, onLevel }: Props) {
  const { sigma, state } = renderer;
  const registerEvents = useRegisterEvents<DisplayNode, DisplayEdge>();

  // The reducers read the latest appearance and selection, so a level of detail revealed meanwhile
  // gets them too; `applied` is the look sigma's data was last refreshed with. A map drawn before the
  // app loaded (first-map.ts) was drawn with the look the app starts with: the same view, no plan yet.
  state.selected = selected;
  const applied = useRef<Appearance | null>(renderer.display === display ? look : null);
  state.look = look;

  // A new look (a plan, a hover, a filter) re-runs every reducer: in the map's next frame, not
  // inside the click or keystroke that changed it, whose own view (the plan list) comes first.
  // Several changes before that frame cost one pass.
  useEffect(() => {
    if (applied.current === look) return;
    const frame = requestAnimationFrame(() => {
      // A new graph (show below) may have been drawn with it already.
      if (applied.current === state.look) return;
      applied.current = state.look;
      sigma.refresh();
    });
    return () => cancelAnimationFrame(frame);
  }, [sigma, state, look]);

  useEffect(() => {
    state.onLevel = onLevel;
    if (renderer.display === display) return;
    applied.current = state.look;
    renderer.show(display);
  }, [renderer, state, display, onLevel]);

  useEffect(() => {
    for (const e of extraEdges) display.addEdgeWithKey(e.key, e.source, e.target, e.attributes);
    state.extra = new Set(extraEdges.map((e) => e.key));
    return () => {
      for (const e of extraEdges) if (display.hasEdge(e.key)) display.dropEdge(e.key);
      state.extra = new Set();
    };
  }, [state, display, extraEdges]);

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

/**
 * The camera for a newly selected node: centred on it, its whole lit neighbourhood in view when
 * the map allows, and never zoomed in so far that the context is lost. Positions come from the display graph, not sigma's display
 * data: right after a selection the reducers have run but sigma has not yet re-framed that data.
 */
function framing(sigma: MapSigma, display: DisplayGraph, look: Appearance, id: NodeId): Partial<CameraState> {
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
