// Property-based fuzzing at Atlas's boundaries: docs trees on disk, front matter, URL states and
// progress files. fast-check prints the seed and path of any failure; FC_SEED=<seed> replays it.
import fc from 'fast-check';
import { chmod, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressFromFile, progressToFile } from '../../src/app/state/progress';
import { searchFromView, viewFromSearch } from '../../src/app/state/url';
import { buildGraph } from '../../src/core/build';
import { loadDocs } from '../../src/node/read-tree';
import { tree } from '../helpers';

const seed = process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED) };
const runs = (numRuns: number) => ({ numRuns, ...seed });
const good = (title: string) => `# ${title}\n\n## Basics\n- **What you Need to Know**\n  - **${title} Topic**\n    - a concept\n`;

describe('random docs trees on disk', () => {
  const NAMES = [
    'intro',
    'Intro',
    '01-intro',
    '1.intro',
    '02_intro',
    'é',
    'e\u0301',
    '日本語',
    'a\nb',
    'a.b',
    '..x',
    '.hidden',
    '__proto__',
    'constructor',
    ' spaced ',
    '-',
    'node_modules',
  ];
  const content = fc.oneof(
    fc.constant(''),
    fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => Uint8Array.from([0, ...b])),
    fc.constantFrom(
      '# T\n### A\nRequires: B\n### B\nRequires: A\n',
      '---\ntitle: [\n---\n# Bad\n',
      `${'> - '.repeat(300)}x\n`,
      good('Random'),
    ),
  );
  const entry = fc.record({
    dirs: fc.array(fc.constantFrom(...NAMES), { maxLength: 3 }),
    name: fc.constantFrom(...NAMES),
    ext: fc.constantFrom('.md', '.MD', '.mdx', '.txt', ''),
    content,
    kind: fc.constantFrom('file', 'file', 'file', 'link-in', 'link-out', 'locked'),
  });
  const spec = fc.record({ entries: fc.array(entry, { maxLength: 12 }), depth: fc.nat({ max: 40 }) });

  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'atlas-fuzz-tree-'));
    await writeFile(join(root, 'outside.md'), good('Outside'));
  });
  afterAll(async () => {
    const reopen = async (dir: string): Promise<void> => {
      await chmod(dir, 0o755).catch(() => undefined);
      for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) if (e.isDirectory()) await reopen(join(dir, e.name));
    };
    await reopen(root);
    await rm(root, { recursive: true, force: true });
  });

  it('never throws, never reads outside the folder, keeps the good document, and says where every problem is', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(spec, async ({ entries, depth }) => {
        const docs = join(root, `t${n++}`, 'docs');
        await mkdir(join(docs, 'good'), { recursive: true });
        await writeFile(join(docs, 'good', 'good.md'), good('Good'));
        const deep = join(docs, ...Array.from({ length: depth }, (_, i) => `d${i}`));
        await mkdir(deep, { recursive: true });
        await writeFile(join(deep, 'deep.md'), good('Deep'));
        for (const e of entries) {
          const dir = join(docs, ...e.dirs);
          await mkdir(dir, { recursive: true }).catch(() => undefined);
          const path = join(dir, e.name + e.ext);
          if (e.kind === 'link-in') await symlink(join(docs, 'good', 'good.md'), path).catch(() => undefined);
          else if (e.kind === 'link-out') await symlink(join(root, 'outside.md'), path).catch(() => undefined);
          else {
            // Never through a link an earlier entry made at the same path: that would overwrite (or
            // lock) good.md itself, which the property then rightly misses.
            const written = await writeFile(path, e.content, { flag: 'wx' }).then(
              () => true,
              () => false,
            );
            if (written && e.kind === 'locked') await chmod(path, 0o000).catch(() => undefined);
          }
        }
        const r = await loadDocs(docs);
        const files = r.graph.filterNodes((_n, a) => a.kind === 'doc').map((id) => r.graph.getNodeAttribute(id, 'source').file);
        expect(files).toContain('good/good.md');
        expect(files).toContain(`${Array.from({ length: depth }, (_, i) => `d${i}/`).join('')}deep.md`);
        expect(r.graph.filterNodes((_n, a) => a.label === 'Outside Topic')).toEqual([]);
        for (const d of r.diagnostics) {
          expect(d.file).not.toBe('');
          expect(d.line).toBeGreaterThanOrEqual(1);
        }
      }),
      runs(40),
    );
  }, 120_000);
});

describe('random front matter from YAML features', () => {
  const piece = fc.oneof(
    fc.constantFrom(
      'a: &x [1, 2, 3]',
      'b: *x',
      'c: [*x, *x, *x, *x]',
      '<<: *x',
      'm: &m {k: v}',
      'n:\n  <<: *m',
      'title: !!str 12',
      'tags: !!set {a, b}',
      'x: !custom thing',
      'y: !!binary aGk=',
      'z: !!js/function "() => 1"',
    ),
    fc.constantFrom(
      'title: Fuzzed',
      'sidebar_position: 2',
      'prerequisites: [Good Topic]',
      'requires: "Good Topic, Other"',
      'tags: x, y',
      '__proto__: {polluted: true}',
      'constructor: {prototype: {polluted: true}}',
    ),
    fc.nat({ max: 300 }).map((depth) => `deep: ${'['.repeat(depth)}${']'.repeat(depth)}`),
    fc.nat({ max: 300 }).map((depth) => `flow: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`),
    fc.nat({ max: 2000 }).map((keys) => Array.from({ length: keys }, (_, i) => `k${i}: v`).join('\n')),
    fc
      .nat({ max: 12 })
      .map((levels) =>
        [
          `a0: &a0 [x, x, x, x]`,
          ...Array.from({ length: levels }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}, *a${i}, *a${i}, *a${i}]`),
        ].join('\n'),
      ),
    fc.string({ maxLength: 40 }),
  );

  it('never throws or hangs, and a problem is a diagnostic at a line of the front matter', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const frontMatter = pieces.join('\n');
        const started = performance.now();
        const r = buildGraph(tree({ 'p/fuzzed.md': `---\n${frontMatter}\n---\n${good('Fuzzed Doc')}`, 'p/good.md': good('Good') }));
        expect(performance.now() - started).toBeLessThan(2_000);
        expect(r.graph.hasNode('p/good#good-topic')).toBe(true);
        expect(r.graph.hasNode('p/fuzzed')).toBe(true);
        const lines = frontMatter.split('\n').length + 2;
        for (const d of r.diagnostics.filter((x) => x.code === 'front-matter')) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lines);
        }
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      runs(150),
    );
  }, 60_000);
});

describe('random URL states', () => {
  const KEYS = [
    'bg',
    'target',
    'node',
    'hours',
    'tracks',
    'start',
    'path',
    'section',
    'kinds',
    'edges',
    'origins',
    'conf',
    'view',
    '__proto__',
    'constructor',
  ];
  const value = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom(
      '9999-99-99',
      '0.000001',
      '1e-300',
      '1e308',
      '1000000000',
      '-0',
      'NaN',
      'Infinity',
      '%E0%A4%A',
      '2026-02-30',
      'topic,bogus,,',
      '\u0000',
    ),
  );
  const search = fc
    .array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 10 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`);

  it('are read without throwing, into a view that reads back the same', () => {
    fc.assert(
      fc.property(fc.oneof(search, fc.string({ maxLength: 60 })), (s) => {
        const { view } = viewFromSearch(s);
        expect(viewFromSearch(searchFromView(view)).view).toEqual(view);
      }),
      runs(500),
    );
  });
});

describe('random progress files for import', () => {
  const ids = fc.array(fc.string({ maxLength: 12 }), { maxLength: 5 });
  const file = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.json({ maxDepth: 3 }),
    fc
      .record({
        atlas: fc.constantFrom('progress', 'other'),
        version: fc.constantFrom(1, 2, '1'),
        known: fc.oneof(ids, fc.anything()),
        done: fc.oneof(ids, fc.anything()),
      })
      .map((o) => JSON.stringify(o)),
    fc.record({ known: ids, done: ids }).map((p) => progressToFile(p)),
  );

  it('are read as progress or refused with a message, never anything else', () => {
    fc.assert(
      fc.property(file, (text) => {
        let progress;
        try {
          progress = progressFromFile(text);
        } catch (e) {
          expect((e as Error).message).toMatch(/^this file is not (JSON|an Atlas progress file)$/);
          return;
        }
        expect(progress.known.every((x) => typeof x === 'string')).toBe(true);
        expect(progress.done.every((x) => typeof x === 'string')).toBe(true);
        expect(progressFromFile(progressToFile(progress))).toEqual(progress);
      }),
      runs(500),
    );
  });
});
