import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../../src/core/export/json';
import { DATASETS, SLOW } from './fixtures';

describe.each(DATASETS)('JSON export of $name', ({ available, load }) => {
  it.skipIf(!available)(
    'reads back into graphology unchanged, hostile text included',
    async () => {
      const graph = await load();
      const back = MultiDirectedGraph.from(JSON.parse(toJson(graph)));
      expect(back.order).toBe(graph.order);
      expect(back.size).toBe(graph.size);
      expect(back.export()).toEqual(graph.export());
    },
    SLOW,
  );
});
