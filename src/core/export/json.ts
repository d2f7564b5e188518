// Graph JSON: graphology's `export()` format, with stable key order so rebuilding the same
// tree gives byte-identical output.
import type { AtlasGraph } from '../types.ts';

export function toJson(graph: AtlasGraph): string {
  return `${JSON.stringify(graph.export(), null, 1)}\n`;
}
