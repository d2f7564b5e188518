import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/build';
import { readTree } from '../../../src/node/read-tree';
import { toJson } from '../../../src/core/export/json';
import { buildStats } from '../../../src/core/summary';
import type { NodeAttributes } from '../../../src/core/types';
import { build, CORPUS, corpusAvailable, DEFAULT_DOCS } from '../../helpers';

const labelsOf = (r: ReturnType<typeof build>, kind: NodeAttributes['kind']) =>
  r.graph.filterNodes((_id, a) => a.kind === kind).map((id) => r.graph.getNodeAttribute(id, 'label'));

describe('bad input costs nothing else', () => {
  it.each([
    ['invalid UTF-8', new Uint8Array([0x23, 0x20, 0xff, 0xfe, 0x41]), 'invalid UTF-8'],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'binary file'],
  ])('reports a %s document and still builds the others', (_name, bytes, message) => {
    const r = build({ 'p/bad.md': bytes, 'p/good.md': '# Good\n\n## S\n- **What you Need to Know**\n  - **T**\n    - a concept\n' });
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ file: 'p/bad.md', line: 1, level: 'error', code: 'unreadable', message: expect.stringContaining(message) }),
    );
    expect(labelsOf(r, 'topic')).toEqual(['T']);
  });

  it.each([
    ['bad YAML', '---\ntitle: [unclosed\n---\n# X\n', 'front-matter'],
    ['unclosed front matter', '---\ntitle: x\n# X\n', 'front-matter'],
    ['wrong front matter type', '---\nsidebar_position: first\n---\n# X\n', 'front-matter'],
  ])('reports %s with its file and line', (_name, text, code) => {
    const r = build({ 'p/a.md': text, 'p/b.md': '# B\n' });
    const d = r.diagnostics.find((x) => x.code === code);
    expect(d).toMatchObject({ file: 'p/a.md', level: 'error' });
    expect(d?.line).toBeGreaterThanOrEqual(1);
    expect(r.graph.hasNode('p/b')).toBe(true);
  });

  it('reports a broken _category_.json and keeps the path', () => {
    const r = build({ 'p/_category_.json': '{ "label": ', 'p/a.md': '# A\n' });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ file: 'p/_category_.json', code: 'category', level: 'error' }));
    expect(r.graph.getNodeAttribute('p/', 'label')).toBe('P');
  });

  it.each([
    ['javascript:alert(1)', 'unsafe link scheme'],
    ['JaVaScRiPt:alert(1)', 'unsafe link scheme'],
    ['java\tscript:alert(1)', 'unsafe link scheme'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'unsafe link scheme'],
    ['vbscript:msgbox', 'unsafe link scheme'],
    ['file:///etc/passwd', 'unsafe link scheme'],
    ['<http://exa mple.com>', 'malformed URL'],
    ['../../outside.md', 'leaves the docs root'],
  ])('reports %s as an unsafe link and makes no resource of it', (href, message) => {
    const r = build({
      'p/a.md': `# A\n\n## S\n- **What you Need to Know**\n  - **T**\n    - **Resources:**\n      - [Bad](${href.replace(/\t/g, '&#9;')}) - nope\n`,
    });
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ file: 'p/a.md', line: 7, level: 'error', code: 'unsafe-link', message: expect.stringContaining(message) }),
    );
    expect(r.graph.filterNodes((_id, a) => a.kind === 'resource')).toEqual([]);
  });

  it('reports a link to a missing document as a warning with its line', () => {
    const r = build({ 'p/a.md': '# A\n\nStart with [Module 1](./01-missing.md) next.\n' });
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        file: 'p/a.md',
        line: 3,
        level: 'warning',
        code: 'broken-link',
        message: 'link target not found: ./01-missing.md',
      }),
    ]);
  });

  it('reports duplicate topics and keeps both under distinct ids', () => {
    const r = build({ 'p/a.md': '# A\n## S\n- **What you Need to Know**\n  - **T**\n    - x\n  - **T**\n    - y\n' });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ line: 6, code: 'duplicate-topic' }));
    expect(r.graph.hasNode('p/a#t') && r.graph.hasNode('p/a#t-2')).toBe(true);
  });

  it('reports an empty document', () => {
    const r = build({ 'p/empty.md': '---\ntitle: Empty\n---\n' });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ file: 'p/empty.md', code: 'empty-document', level: 'warning' }));
  });

  it('names the closest topic for an unknown prerequisite', () => {
    const r = build({ 'p/a.md': '# A\n### Calculus\nbasics\n### Neural Nets\nRequires: Calculas\n' });
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ line: 5, code: 'unknown-prerequisite', message: expect.stringContaining('"Calculus"') }),
    );
  });

  it.each([
    ['a number prefix', '01-intro/a.md', 'intro/a.md'],
    ['letter case', 'Intro/a.md', 'intro/a.md'],
  ])('gives two folders that differ only by %s two ids, stably, with a warning', (_what, first, second) => {
    const doc = (t: string) => `# ${t}\n\n## S\n- **What you Need to Know**\n  - **${t}**\n    - c\n`;
    const one = build({ [first]: doc('First'), [second]: doc('Second') });
    const other = build({ [second]: doc('Second'), [first]: doc('First') });
    const paths = (r: typeof one) => r.graph.filterNodes((_n, a) => a.kind === 'path').sort();
    expect(paths(one)).toEqual(['intro-2/', 'intro/']);
    expect(one.graph.getNodeAttribute('intro/a#first', 'label')).toBe('First');
    expect(one.graph.getNodeAttribute('intro-2/a#second', 'label')).toBe('Second');
    expect(other.graph.export()).toEqual(one.graph.export());
    expect(one.diagnostics).toContainEqual(
      expect.objectContaining({
        file: second,
        level: 'warning',
        code: 'duplicate-id',
        message: expect.stringContaining('its id is "intro-2/"'),
      }),
    );
  });

  it('gives two documents that read alike two ids with a warning', () => {
    const r = build({ 'p/a.md': '# A\n### X\ny\n', 'p/01-a.md': '# A1\n### X\ny\n' });
    expect(r.graph.filterNodes((_n, a) => a.kind === 'doc').sort()).toEqual(['p/a', 'p/a-2']);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ file: 'p/a.md', code: 'duplicate-id' }));
  });

  it('skips partials with a note', () => {
    const r = build({ 'p/_partial.md': '# Partial\n', 'p/a.md': '# A\n' });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ file: 'p/_partial.md', code: 'partial', level: 'info' }));
    expect(r.graph.hasNode('p/partial')).toBe(false);
  });
});

describe('other shapes of markdown degrade gracefully', () => {
  it('reads headings as sections and topics, list items as concepts, any link as a resource', () => {
    const r = build({
      'c/basics.md':
        '# Course\n\n## Basics\n\n### Variables\n\nWhat a variable is.\n\n1. naming\n2. scope, see [MDN](https://developer.mozilla.org/en-US/docs/Glossary/Variable)\n',
    });
    expect(labelsOf(r, 'section')).toEqual(['Basics']);
    expect(labelsOf(r, 'topic')).toEqual(['Variables']);
    expect(r.graph.getNodeAttributes('c/basics#variables')).toMatchObject({ description: 'What a variable is.' });
    expect(labelsOf(r, 'concept').sort()).toEqual(['naming', 'scope, see MDN']);
    expect(r.graph.hasDirectedEdge('url:https://developer.mozilla.org/en-US/docs/Glossary/Variable', 'c/basics#variables')).toBe(true);
  });

  it.each([
    [
      'a Requires: line',
      '# A\n### Calculus\nx\n### Neural Networks\nRequires: Calculus, Linear Algebra\n### Linear Algebra\ny\n',
      'Requires: Calculus, Linear Algebra',
    ],
    [
      'a Prerequisites table column',
      '# A\n\n| Topic | Prerequisites |\n|---|---|\n| Calculus | none |\n| Linear Algebra | |\n| Neural Networks | Calculus; Linear Algebra |\n',
      'Prerequisites: Calculus; Linear Algebra',
    ],
  ])('gives explicit prerequisites from %s', (_name, text, evidence) => {
    const r = build({ 'm/a.md': text });
    const reqs = r.graph
      .filterEdges((_e, a) => a.kind === 'requires')
      .map((e) => [
        r.graph.getNodeAttribute(r.graph.source(e), 'label'),
        r.graph.getNodeAttribute(r.graph.target(e), 'label'),
        r.graph.getEdgeAttributes(e),
      ]);
    expect(reqs.map(([a, b]) => `${String(a)} -> ${String(b)}`).sort()).toEqual([
      'Calculus -> Neural Networks',
      'Linear Algebra -> Neural Networks',
    ]);
    expect(reqs[0]?.[2]).toMatchObject({ origin: 'explicit', confidence: 1, evidence });
  });

  it('gives explicit prerequisites from front matter to every topic of the document', () => {
    const r = build({
      'm/01-a.md': '# A\n### Calculus\nx\n',
      'm/02-b.md': '---\nprerequisites: [Calculus]\n---\n# B\n### Gradients\nx\n### Backprop\ny\n',
    });
    expect(r.graph.hasDirectedEdge('m/a#calculus', 'm/b#gradients')).toBe(true);
    expect(r.graph.hasDirectedEdge('m/a#calculus', 'm/b#backprop')).toBe(true);
  });
});

describe('the default dataset', async () => {
  const r = buildGraph((await readTree(DEFAULT_DOCS)).files);
  const stats = buildStats(r);

  it('holds the seed document as the issue counts it', () => {
    expect(stats.nodes).toMatchObject({ section: 10, topic: 19, milestone: 2, pathway: 3, concept: 65 });
    expect(stats.nodes.resource).toBe(72);
    expect(labelsOf(r, 'milestone')).toEqual(['Technical Skills Validation', 'Problem-Solving and Research Skills']);
    expect(labelsOf(r, 'pathway')).toEqual([
      'For Mathematics/Statistics Backgrounds',
      'For Software Engineering Backgrounds',
      'For Complete Beginners',
    ]);
  });

  it('gives stable ids and provenance', () => {
    const id = 'machine-learning-engineering/prerequisites#linear-algebra-fundamentals';
    expect(r.graph.getNodeAttributes(id)).toMatchObject({
      kind: 'topic',
      label: 'Linear Algebra Fundamentals',
      source: { file: 'machine-learning-engineering/00-prerequisites.md', line: 9 },
    });
    r.graph.forEachNode((_n, a) => expect(a.source.line).toBeGreaterThanOrEqual(1));
    r.graph.forEachEdge((_e, a) => expect(a.source.line).toBeGreaterThanOrEqual(1));
  });

  it('links each topic to its resources, one node per normalized URL', () => {
    const teaches = r.graph
      .inEdges('machine-learning-engineering/prerequisites#calculus-and-optimization')
      .filter((e) => r.graph.getEdgeAttribute(e, 'kind') === 'teaches');
    expect(teaches.map((e) => r.graph.getNodeAttribute(r.graph.source(e), 'label'))).toEqual([
      'Calculus - Khan Academy',
      'MIT Calculus Course',
      'Optimization for Machine Learning',
    ]);
    expect(r.graph.getNodeAttributes('url:https://www.khanacademy.org/math/calculus-1')).toMatchObject({
      description: 'Single and multivariable calculus',
    });
  });

  it('keeps pathway durations and focus text', () => {
    expect(r.graph.getNodeAttributes('machine-learning-engineering/prerequisites#for-software-engineering-backgrounds')).toMatchObject({
      background: 'Software Engineering',
      weeks: { min: 10, max: 14 },
      focus: expect.arrayContaining(['Focus on mathematics and ML theory (10-14 weeks)']),
    });
  });

  it('warns about the link to the missing next module', () => {
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ level: 'warning', code: 'broken-link', message: 'link target not found: ./01-ml-fundamentals.md' }),
    ]);
  });

  it('rebuilds to byte-identical JSON', async () => {
    const again = buildGraph((await readTree(DEFAULT_DOCS)).files);
    expect(toJson(again.graph)).toBe(toJson(r.graph));
  });

  it('accounts for every heading, list item and link', () => {
    const { input, outcomes } = r.accounting;
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect([sum(outcomes.heading), sum(outcomes.listItem), sum(outcomes.link)]).toEqual([input.headings, input.listItems, input.links]);
  });
});

describe.skipIf(!corpusAvailable)('the shared corpus', async () => {
  const r = buildGraph((await readTree(CORPUS)).files);

  it('has every document and learning path', () => {
    expect(r.documents).toBe(51);
    expect(r.graph.filterNodes((_n, a) => a.kind === 'path')).toHaveLength(8);
    expect(r.graph.filterNodes((_n, a) => a.kind === 'doc')).toHaveLength(51);
  });

  it('reports only real problems: no errors', () => {
    expect(r.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
  });

  it('accounts for every heading, list item and link', () => {
    const { input, outcomes } = r.accounting;
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect([sum(outcomes.heading), sum(outcomes.listItem), sum(outcomes.link)]).toEqual([input.headings, input.listItems, input.links]);
  });

  it('orders documents as the sidebar does', () => {
    const docs = r.graph.filterNodes((_n, a) => a.kind === 'doc' && a.path === 'machine-learning-engineering/');
    expect(docs.map((d) => r.graph.getNodeAttribute(d, 'label'))).toEqual([
      'Prerequisites for Machine Learning Engineering',
      'Getting Started with Machine Learning Engineering',
      'ML Fundamentals',
      'Data Engineering',
      'Model Development',
      'Model Evaluation',
      'Advanced Techniques',
    ]);
  });
});
