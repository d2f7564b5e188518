import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toGraphml } from '../../../src/core/export/graphml';
import { escapeXml, xmlChars } from '../../../src/core/export/xml';
import { DATASETS, expectedView, hostileGraph, HOSTILE, SLOW, viewOf } from './fixtures';

const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe.each(DATASETS)('GraphML export of $name', ({ available, load }) => {
  it.skipIf(!available)(
    'reads back with graphology-graphml: same nodes, edges, attributes and types',
    async () => {
      const graph = await load();
      const text = toGraphml(graph);
      expect(text).not.toMatch(XML_FORBIDDEN);
      const back = parse(MultiDirectedGraph, text);
      expect(back.order).toBe(graph.order);
      expect(back.size).toBe(graph.size);
      expect(back.getAttributes()).toEqual({ name: xmlChars(graph.getAttribute('name')) });
      expect(viewOf(back)).toEqual(expectedView(graph, xmlChars));
    },
    SLOW,
  );
});

describe('the GraphML writer', () => {
  const text = toGraphml(hostileGraph());

  it('declares every attribute once per domain with its type', () => {
    const keys = [...text.matchAll(/<key id="([^"]+)" for="(\w+)" attr\.name="([^"]+)" attr\.type="(\w+)"\/>/g)].map((m) => ({
      id: m[1],
      for: m[2],
      name: m[3],
      type: m[4],
    }));
    expect(keys).toEqual(
      expect.arrayContaining([
        { id: 'g0', for: 'graph', name: 'name', type: 'string' },
        expect.objectContaining({ for: 'node', name: 'label', type: 'string' }),
        expect.objectContaining({ for: 'node', name: 'source_line', type: 'long' }),
        expect.objectContaining({ for: 'node', name: 'weeks_max', type: 'double' }),
        expect.objectContaining({ for: 'edge', name: 'confidence', type: 'double' }),
        expect.objectContaining({ for: 'edge', name: 'reasons', type: 'string' }),
      ]),
    );
    const declared = new Set(keys.map((k) => k.id));
    const used = new Set([...text.matchAll(/<data key="([^"]+)">/g)].map((m) => m[1]));
    expect([...used].filter((k) => !declared.has(k))).toEqual([]);
    expect(new Set(keys.map((k) => `${k.for}/${k.name}`)).size).toBe(keys.length);
  });

  it('keeps markup, quotes and line ends as data', () => {
    expect(text).not.toContain('<script');
    const back = parse(MultiDirectedGraph, text);
    expect(back.getNodeAttribute('p/', 'label')).toBe(HOSTILE[0]);
    expect(back.getNodeAttribute(`p/doc#${HOSTILE[3]}`, 'label')).toBe(HOSTILE[3]);
    expect(back.getNodeAttribute('p/doc#  padded  ', 'label')).toBe('  padded  ');
    expect(back.getNodeAttribute('https://example.org/?q=<&>', 'description')).toBe('');
  });

  it.each([
    ['markup', '<a href="x">&</a>', '&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;'],
    ['apostrophes', "it's", 'it&apos;s'],
    ['line ends, which parsers would normalise', 'a\tb\nc\r\nd\u0085e\u2028f', 'a&#9;b&#10;c&#13;&#10;d&#133;e&#8232;f'],
    ['controls XML 1.0 forbids, as U+FFFD', 'a\u0000b\u001Fc\uFFFEd', 'a\uFFFDb\uFFFDc\uFFFDd'],
    ['an unpaired surrogate, as U+FFFD, keeping pairs', '\uD800 🧠 \uDC00', '\uFFFD 🧠 \uFFFD'],
    ['right-to-left and combining text unchanged', 'עברית \u202Ee\u0301', 'עברית \u202Ee\u0301'],
  ])('escapes %s', (_name, input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});
