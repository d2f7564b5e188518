// The export formats, as one registry: the CLI's --format values and the README's table come from it.
import type { AtlasGraph } from '../types.ts';
import { csvFiles, toCsv, type ExportFile } from './csv.ts';
import { toCypher } from './cypher.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import { toJson } from './json.ts';

export type { ExportFile } from './csv.ts';

export interface Exporter {
  id: string;
  label: string;
  extension: string;
  run: (graph: AtlasGraph) => string;
  /** For formats that are naturally several files: what `--out FOLDER` writes. */
  files?: (graph: AtlasGraph) => ExportFile[];
}

export const EXPORTERS: readonly Exporter[] = [
  { id: 'json', label: 'graphology JSON', extension: 'json', run: toJson },
  { id: 'gexf', label: 'GEXF (Gephi, Gephi Lite)', extension: 'gexf', run: toGexf },
  { id: 'graphml', label: 'GraphML (yEd, Cytoscape, NetworkX)', extension: 'graphml', run: toGraphml },
  { id: 'cypher', label: 'Cypher script (Neo4j)', extension: 'cypher', run: toCypher },
  { id: 'csv', label: 'CSV (neo4j-admin import, spreadsheets)', extension: 'csv', run: toCsv, files: csvFiles },
];

export { writeExport, type ExportFileSystem } from './write.ts';
