// sigma and what keeps it drawing the app's map, without React: the renderer's settings, the
// reducers that derive every look from the current Appearance, and the set-up of each display graph
// (level of detail, band titles, the label frame). The first map is drawn with it before the app
// has loaded (first-map.ts); MapController then keeps the same renderer in step with the app.
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { NodeId } from '../../core/types';
import type { Appearance } from '../state/appearance';
import { HIGHLIGHT, NODE_COLOURS } from '../theme';
import type { DisplayEdge, DisplayGraph, DisplayNode } from './display-graph';
import { drawBandTitles, drawHover, drawLabel, spacedTitles, startLabelFrame, type Title } from './labels';
import { markFirstRender } from './first-render';
import { cameraLevel } from './lod';

export type MapSigma = Sigma<DisplayNode, DisplayEdge>;

/** The renderer's settings; the reducers are the renderer's own (below). */
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

/** Viewport pixels between the left edge and a title held there. */
const TITLE_MARGIN = 8;

/** After the last level change, how long the camera must rest before the label grid is rebuilt. */
const REGRID_MS = 200;

/** A node's attributes as its reducer reshapes them into what sigma draws. */
type NodeData = Omit<DisplayNode, 'label'> & Partial<NodeDisplayData> & { labelColor?: string };

/** What the reducers and the camera read at each frame: the app writes it, the renderer reads it. */
export interface MapState {
  look: Appearance;
  /** The selected node: drawn at every zoom, like the neighbourhood the appearance lights. */
  selected: NodeId | null;
  /** Edges added while a node is in focus (MapController), which a level change need not re-run. */
  extra: ReadonlySet<string>;
  /** Told the camera's detail level whenever it changes. */
  onLevel: (level: number) => void;
}

/** One sigma in its own container, and the display graph it draws. */
export class MapRenderer {
  readonly container: HTMLDivElement;
  readonly sigma: MapSigma;
  /** The camera's detail level (lod.ts), read by the node reducer. */
  private level = 0;
  private shown: DisplayGraph | null = null;
  private detach: () => void = () => {};

  /**
   * A container of sigma's is added to `host`; the renderer draws nothing until `show`, and its
   * container stays out of the page's layout until then: the first map's renderer is made while the
   * data is still on its way, and an empty map's canvases would cost the browser a frame of their own.
   */
  constructor(
    host: HTMLElement,
    readonly state: MapState,
  ) {
    this.container = document.createElement('div');
    this.container.className = 'sigma-container';
    this.container.style.display = 'none';
    host.appendChild(this.container);
    this.sigma = new Sigma<DisplayNode, DisplayEdge>(new MultiDirectedGraph(), this.container, SETTINGS);
    this.setReducers();
  }

  /** The graph sigma draws; it is drawn at once (setGraph renders synchronously). */
  get display(): DisplayGraph | null {
    return this.shown;
  }

  show(display: DisplayGraph): void {
    if (display === this.shown) return;
    // sigma measures its container again as it draws.
    this.container.style.removeProperty('display');
    this.detach();
    this.shown = display;
    this.detach = this.attach(display);
  }

  kill(): void {
    this.detach();
    this.sigma.kill();
    this.container.remove();
  }

  /**
   * sigma calls the reducers for every node and edge on each refresh and hands them a copy of the
   * attributes, so they change that copy in place instead of spreading a second object, and do no
   * more than a few lookups. They are set once per renderer: setting a reducer makes sigma run it
   * over every node and edge at once.
   */
  private setReducers(): void {
    const { sigma, state } = this;
    sigma.setSetting('nodeReducer', (id, attributes) => {
      const data = attributes as NodeData;
      const look = state.look;
      const emphasis = look.node(id);
      // Too minor for this zoom, unless it is what the reader is looking at or its neighbourhood.
      if (emphasis === 'hidden' || (data.lod > this.level && emphasis !== 'highlighted' && id !== state.selected)) {
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
      const emphasis = state.look.edge(data, graph.source(id), graph.target(id));
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
  }

  /** Draws `display` and keeps its level of detail and titles in step with the camera; returns the undoing. */
  private attach(display: DisplayGraph): () => void {
    const { sigma, state } = this;
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
        const id = state.look.focus;
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
    this.level = Math.min(cameraLevel(camera.ratio), maxLod);
    state.onLevel(this.level);
    let regrid = 0;
    const onCamera = () => {
      const next = Math.min(cameraLevel(camera.ratio), maxLod);
      if (next === this.level) return;
      const nodes = byLevel.slice(Math.min(next, this.level) + 1, Math.max(next, this.level) + 1).flat();
      const edges: string[] = [];
      // The focus's extra edges may not be in sigma's buffers yet: the regrid below redraws them.
      for (const n of nodes) display.forEachEdge(n, (e) => void (state.extra.has(e) || edges.push(e)));
      this.level = next;
      state.onLevel(next);
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
    sigma.setGraph(display);
    // setGraph renders synchronously: the map with its data is on screen now.
    markFirstRender();
    return () => {
      camera.off('updated', onCamera);
      clearTimeout(regrid);
      sigma.off('beforeRender', reset);
      sigma.off('afterRender', drawTitles);
    };
  }
}

/** sigma's own test for leaving labels out of a frame (its render, with hideLabelsOnMove). */
export function isMoving(sigma: MapSigma): boolean {
  const mouse = sigma.getMouseCaptor();
  return sigma.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0;
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
