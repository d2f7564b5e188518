// The page bench/page.ts compares the explorer with: the same graph JSON, the same nodes and edges
// the explorer draws by default, in sigma with its default settings and nothing else.
import Graph from 'graphology';
import Sigma from 'sigma';
import { dataUrl } from 'virtual:atlas-data';
import type { AtlasPayload } from '../../src/core/map/payload';
import { DEFAULT_KINDS } from '../../src/app/state/view';

const SHOWN = new Set<string>(DEFAULT_KINDS);

const payload = (await (await fetch(dataUrl)).json()) as AtlasPayload;
performance.mark('atlas:data-loaded');
const graph = new Graph({ multi: true });
payload.graph.nodes.forEach(([id, a], i) => {
  const p = payload.layout[i];
  if (p && SHOWN.has(String(a.kind)))
    graph.addNode(id, { x: p[0], y: p[1], size: 4 + Math.log1p(p[3]), label: String(a.label), color: '#4e79a7' });
});
for (const [from, to, a] of payload.graph.edges) {
  const end = (x: number | string) => (typeof x === 'string' ? x : payload.graph.nodes[x]?.[0]);
  const [source, target] = [end(from), end(to)];
  if (a.kind === 'requires' && source && target && graph.hasNode(source) && graph.hasNode(target)) graph.addEdge(source, target);
}
new Sigma(graph, document.getElementById('map') as HTMLElement);
// The constructor renders synchronously: the map is on screen.
performance.mark('atlas:first-render');
