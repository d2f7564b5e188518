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

describe('the hostile datasets', () => {
  it('carry hostile text through the ingest into labels, so every format meets it', async () => {
    const graph = await (DATASETS.find((d) => d.name === 'hostile text in documents') as (typeof DATASETS)[number]).load();
    const labels = graph.mapNodes((_id, a) => a.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        '<script>alert("x")</script> 0',
        "=cmd|' /C calc'!A0",
        '"double" and \'single\' quotes',
        'back\\slash \\n is not a newline \\',
        'עברית RTL \u202Eevil override\u202C and combining e\u0301 n\u0303',
      ]),
    );
  });
});
