// Documents from strangers' repositories: each hostile case is reported with file and line,
// finishes in seconds, and costs nothing else.
import { execFile } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocs } from '../../src/node/read-tree';
import type { BuildResult } from '../../src/core/build';
import { GENERATED } from './generated';

const HOSTILE = fileURLToPath(new URL('../fixtures/hostile/mixed/docs', import.meta.url));
const BIN = fileURLToPath(new URL('../../src/cli/bin.mjs', import.meta.url));
const run = promisify(execFile);

async function atlas(...args: string[]) {
  const started = Date.now();
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 256 << 20 });
    return { code: 0, stdout, stderr, ms: Date.now() - started };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr, ms: Date.now() - started };
  }
}

let dir: string;
let result: BuildResult;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-hostile-'));
  await cp(HOSTILE, join(dir, 'docs'), { recursive: true });
  await GENERATED.mixed(dir);
  dir = join(dir, 'docs');
  result = await loadDocs(dir);
}, 60_000);

const diag = (file: string) => result.diagnostics.filter((d) => d.file === `path/${file}`);

describe('hostile documents', () => {
  it.each([
    ['invalid-utf8.md', 1, 'error', 'invalid UTF-8'],
    ['nul.md', 1, 'error', 'binary file'],
    ['bad-yaml.md', 2, 'error', 'invalid YAML front matter'],
    ['js-front-matter.md', 1, 'warning', 'never evaluated'],
    ['empty.md', 1, 'warning', 'no content'],
    ['only-front-matter.md', 1, 'warning', 'no content'],
    ['duplicates.md', 7, 'warning', 'duplicate topic "Same Topic"'],
    ['crlf.md', 7, 'warning', 'link target not found: ./missing-crlf.md'],
    ['cr-only.md', 6, 'warning', 'link target not found: ./missing-cr.md'],
    ['unsafe-links.md', 7, 'error', 'unsafe link scheme "javascript:"'],
    ['unsafe-links.md', 9, 'error', 'unsafe link scheme "javascript:"'],
    ['unsafe-links.md', 10, 'error', 'unsafe link scheme "javascript:"'],
    ['unsafe-links.md', 11, 'error', 'unsafe link scheme "data:"'],
    ['unsafe-links.md', 12, 'error', 'unsafe link scheme "vbscript:"'],
    ['unsafe-links.md', 13, 'error', 'unsafe link scheme "file:"'],
    ['unsafe-links.md', 14, 'error', 'unsafe link scheme "javascript:"'],
    ['raw-html.md', 3, 'info', 'raw HTML is kept as text'],
    ['deep-list.md', 4, 'warning', 'line 4 nests deeper than 64 levels; their 10000 list items are not read'],
    ['deep-list.md', 70, 'warning', 'lines 70-205 nest deeper than 64 levels; their 136 list items are not read'],
    ['deep-quote.md', 3, 'warning', 'nests deeper than 64 levels'],
    ['huge.md', 1, 'error', 'over the 5.0 MB limit'],
    ['long-line.md', 3, 'warning', 'only the first 20000 are read'],
  ])('%s: line %i, %s, "%s"', (file, line, level, message) => {
    expect(diag(file)).toContainEqual(expect.objectContaining({ line, level, message: expect.stringContaining(message) }));
  });

  it('still builds every good document beside them', () => {
    const topics = result.graph.filterNodes((_n, a) => a.kind === 'topic').map((n) => result.graph.getNodeAttribute(n, 'label'));
    expect(topics).toEqual(
      expect.arrayContaining(['Arithmetic', 'Algebra', 'Survivor Topic', 'Line Endings', 'CR Topic', 'BOM Topic', 'Clicking']),
    );
    expect(result.graph.getNodeAttribute('path/bom', 'label')).toBe('BOM Document');
  });

  it('reads what lies above the nesting limit', () => {
    const concepts = result.graph.filterNodes((_n, a) => a.kind === 'concept' && a.source.file === 'path/deep-list.md');
    expect(concepts.length).toBe(64);
  });

  it('keeps line numbers right under CRLF and CR line endings', () => {
    expect(result.graph.getNodeAttributes('path/crlf#line-endings').source.line).toBe(5);
    expect(result.graph.getNodeAttributes('path/cr-only#cr-topic').source.line).toBe(5);
  });

  it('keeps right-to-left and combining characters intact in labels', () => {
    const labels = result.graph.filterNodes((n) => n.startsWith('path/rtl')).map((n) => result.graph.getNodeAttribute(n, 'label'));
    expect(labels).toEqual(
      expect.arrayContaining([
        'עברית والعربية',
        'الجبر الخطي',
        'Zalgo: Z\u0351\u036b\u0343a\u0310l\u0357g\u030f\u0344o',
        'e\u0301 combining acute',
      ]),
    );
  });

  it('never lets front matter keys reach a prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(result.graph.getNodeAttribute('path/proto', 'label')).toBe('Prototype Keys');
  });

  it('makes no resource of an unsafe link and keeps the safe one', () => {
    const urls = result.graph
      .filterNodes((_n, a) => a.kind === 'resource')
      .map((n) => result.graph.getNodeAttribute(n, 'url' as never) as string);
    expect(urls.filter((u) => /^(javascript|data|vbscript|file):/i.test(u.replace(/[\s%09]/g, '')))).toEqual([]);
    expect(urls).toContain('https://example.org/ok');
  });

  it('reports the prerequisite cycle with every edge', async () => {
    const r = await atlas('check', dir);
    expect(r.stderr).toMatch(/path\/cycle.md:\d+: error: prerequisite cycle: .*Alpha.*Beta.*Gamma/);
  });

  it('atlas build and check finish in seconds with the documented exit codes', async () => {
    const check = await atlas('check', dir);
    expect(check.code).toBe(1);
    expect(check.ms).toBeLessThan(20_000);
    const build = await atlas('build', dir);
    expect(build.code).toBe(0);
    expect(build.ms).toBeLessThan(20_000);
    const strict = await atlas('build', dir, '--strict', '--stats');
    expect(strict.code).toBe(1);
    expect(strict.stderr).not.toContain('MISMATCH');
    expect(JSON.parse(strict.stdout).nodes.length).toBeGreaterThan(50);
  }, 60_000);
});
