// The export formats, as one registry: the CLI's --format values and the README's table come from it.
import type { AtlasGraph } from '../types';
import { toJson } from './json';

export interface Exporter {
  id: string;
  label: string;
  extension: string;
  run: (graph: AtlasGraph) => string;
}

export const EXPORTERS: readonly Exporter[] = [{ id: 'json', label: 'graphology JSON', extension: 'json', run: toJson }];
