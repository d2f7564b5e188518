import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
// The entry point's source; test/e2e/package.test.ts imports the compiled one from the installed tarball.
import * as atlas from '../../src/core/index';
import { buildGraph, check, EXPORTERS, plan, type AtlasGraph, type Diagnostic, type InputFile } from '../../src/core/index';
import { DEFAULT_DOCS } from '../helpers';

/** The README's example: a docs folder read with node's fs, built, checked, planned and exported. */
function readDocs(dir: string): InputFile[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => /\.mdx?$|_category_\.json$/.test(p))
    .map((p) => ({ path: p.split(sep).join('/'), bytes: readFileSync(join(dir, p)) }));
}

describe('the package entry point', () => {
  it('builds, checks, plans and exports the default dataset', () => {
    const result = buildGraph(readDocs(DEFAULT_DOCS), { name: 'docs' });
    const graph: AtlasGraph = result.graph;
    expect(graph.filterNodes((_id, a) => a.kind === 'topic').length).toBeGreaterThan(10);
    expect(result.diagnostics.filter((d) => d.level === 'error')).toEqual([]);

    const problems: Diagnostic[] = check(result);
    for (const d of problems) expect(Object.keys(d).sort()).toEqual(['code', 'file', 'level', 'line', 'message']);

    const learningPlan = plan(graph, { targets: ['Linear Algebra Fundamentals'], hours: 8 });
    expect(learningPlan.steps.map((s) => s.label)).toContain('Linear Algebra Fundamentals');

    for (const exporter of EXPORTERS) expect(exporter.run(graph).length).toBeGreaterThan(100);
  });

  it('offers the documented API', () => {
    expect(Object.keys(atlas)).toEqual(
      expect.arrayContaining([
        'buildGraph',
        'check',
        'plan',
        'nextUp',
        'EXPORTERS',
        'writeExport',
        'AtlasError',
        'NODE_KINDS',
        'EDGE_KINDS',
        'isLearnable',
      ]),
    );
  });
});
