// The map before the app. The page's script starts here: it loads the map's part of the data, builds
// the model and draws the map into the page's static shell (index.html) with the renderer the app
// takes over once it has loaded, so that React, the planner and the panels never delay the map a
// reader came for. It draws what the app's first render would: the view in the address, no plan yet,
// no pointer over a node. A page that opens on the outline, or on a map of concepts, resources or
// related topics (which wait for the details), is drawn by the app alone.
import { dataUrl } from 'virtual:atlas-data';
import type { AtlasPayload } from '../../core/map/index';
import { loadPayload } from '../data/fetch';
import { modelFromPayload } from '../data/load';
import type { AtlasModel } from '../data/model';
import { appearance, type Appearance } from '../state/appearance';
import { viewFromSearch } from '../state/url';
import { mapNeedsDetails, type MapEdgeKind, type MapKind } from '../state/view';
import { displayGraph, type DisplayGraph, type Orientation } from './display-graph';
import { MapRenderer } from './renderer';

/** The first load of the data starts with the script. (Its failure is shown by the app, which awaits it too.) */
export const firstPayload: Promise<AtlasPayload> = loadPayload<AtlasPayload>(dataUrl);
firstPayload.catch(() => {});

interface FirstMap {
  model: AtlasModel;
  kinds: readonly MapKind[];
  edges: readonly MapEdgeKind[];
  display: DisplayGraph;
  renderer: MapRenderer;
}

/** Drawn, and not yet taken over by the app. */
let first: FirstMap | null = null;

/** The look of a renderer with nothing to draw yet: its reducers do not run before `show`. */
const NOTHING_YET: Appearance = {
  node: () => 'hidden',
  edge: () => 'hidden',
  assumed: new Set(),
  focused: new Set(),
  focus: null,
  order: new Map(),
};

/** The app's first map is drawn horizontally; a portrait map area turns it once measured (MapView). */
const ORIENTATION: Orientation = 'horizontal';

/**
 * The model of the first load, with its map drawn into `host` when the page opens on one; null when
 * the data could not be loaded or read (the app then says why).
 */
export async function drawFirstMap(host: HTMLElement | null): Promise<AtlasModel | null> {
  const { view } = viewFromSearch(location.search);
  const drawn = host !== null && view.view === 'map' && !mapNeedsDetails(view.kinds, view.edges);
  // sigma's canvases, WebGL contexts and shaders are made while the data is still on its way.
  let renderer: MapRenderer | null = null;
  try {
    if (drawn) renderer = new MapRenderer(host, { look: NOTHING_YET, selected: view.node, extra: new Set(), onLevel: () => {} });
  } catch {
    // No WebGL, for one: the app meets the same failure and says so.
  }
  let model: AtlasModel;
  try {
    model = modelFromPayload(await firstPayload, undefined, dataUrl);
  } catch {
    renderer?.kill();
    return null;
  }
  performance.mark('atlas:data-loaded');
  if (renderer === null) return model;
  try {
    const display = displayGraph(model, view.kinds, ORIENTATION, view.edges);
    renderer.state.look = appearance(model, view, null);
    renderer.show(display);
    first = { model, kinds: view.kinds, edges: view.edges, display, renderer };
  } catch {
    renderer.kill();
  }
  return model;
}

/** True while a first map is on screen that the app has not taken over. */
export const firstMapWaiting = (): boolean => first !== null;

const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** The first map's display graph, if it is the one the app would build for these. */
export function firstMapDisplay(
  model: AtlasModel,
  kinds: readonly MapKind[],
  orientation: Orientation,
  edges: readonly MapEdgeKind[],
): DisplayGraph | null {
  const match =
    first !== null && first.model === model && orientation === ORIENTATION && same(first.kinds, kinds) && same(first.edges, edges);
  return match ? first!.display : null;
}

/** The first map's renderer, handed over once: its container is the caller's to place. */
export function takeFirstMap(): MapRenderer | null {
  const renderer = first?.renderer ?? null;
  first = null;
  return renderer;
}
