import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { toGexf } from '../../../src/core/export/gexf';
import { xmlChars } from '../../../src/core/export/xml';
import { DATASETS, expectedView, hostileGraph, HOSTILE, SLOW, viewOf } from './fixtures';

const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe.each(DATASETS)('GEXF export of $name', ({ available, load }) => {
  it.skipIf(!available)(
    'reads back with graphology-gexf: same nodes, edges and attributes',
    async () => {
      const graph = await load();
      const text = toGexf(graph);
      expect(text).not.toMatch(XML_FORBIDDEN);
      const back = parse(MultiDirectedGraph, text);
      expect(back.order).toBe(graph.order);
      expect(back.size).toBe(graph.size);
      expect(back.getAttributes()).toEqual({ name: xmlChars(graph.getAttribute('name')) });
      // GEXF leaves out empty values, and XML cannot carry some control characters.
      expect(viewOf(back)).toEqual(expectedView(graph, xmlChars, (v) => v !== ''));
    },
    SLOW,
  );
});

describe('GEXF for Gephi', () => {
  const text = toGexf(hostileGraph());
  const back = parse(MultiDirectedGraph, text);

  it('declares only primitive, typed attributes, provenance as source_file and source_line', () => {
    const declared = [...text.matchAll(/<attribute id="([^"]+)" title="[^"]+" type="([^"]+)"\/>/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(declared).toEqual(
      expect.arrayContaining([
        'source_file:string',
        'source_line:integer',
        'weeks_min:integer',
        'weeks_max:double',
        'confidence:double',
        'titles:string',
        'reasons:string',
      ]),
    );
    expect(declared.every((d) => /:(string|integer|double|boolean)$/.test(d))).toBe(true);
  });

  it('keeps lists as JSON text a user can read back, every character included', () => {
    const resource = back.getNodeAttributes('https://example.org/?q=<&>');
    expect(JSON.parse(resource.titles as string)).toEqual(HOSTILE);
  });

  it("writes an edge's kind as GEXF's edge kind, so Gephi keeps parallel edges of different kinds apart", () => {
    expect(text).toMatch(/<edge id="requires:[^"]*" source="[^"]*" target="[^"]*" kind="requires"/);
    expect(back.filterEdges((_e, a) => a.kind === 'related').length).toBe(back.filterEdges((_e, a) => a.kind === 'requires').length);
  });

  it('escapes markup and replaces characters XML cannot carry', () => {
    expect(text).not.toContain('<script');
    expect(text).toContain('&lt;script');
    expect(back.getNodeAttribute('p/', 'label')).toBe(HOSTILE[0]);
    expect(back.hasNode(xmlChars(`p/doc#${HOSTILE[14]}`))).toBe(true);
    expect(xmlChars('a\u0000b\u0001c\ttab\nnew\uD800x🧠')).toBe('a\uFFFDb\uFFFDc\ttab\nnew\uFFFDx🧠');
  });
});
