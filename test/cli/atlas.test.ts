import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCS } from '../helpers';

const run = promisify(execFile);
const BIN = new URL('../../src/cli/bin.mjs', import.meta.url).pathname;

async function atlas(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

async function docsWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-cli-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

describe('atlas', { timeout: 30_000 }, () => {
  it.each([
    ['plan', '--help'],
    ['build', '-h'],
  ])('prints its usage for "%s %s" and succeeds', async (...args) => {
    const r = await atlas(...args);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('atlas plan [--docs DIR]');
  });

  it.each([
    [['frob'], 'unknown command "frob"'],
    [['constructor'], 'unknown command "constructor"'],
    [['toString'], 'unknown command "toString"'],
    [['__proto__'], 'unknown command "__proto__"'],
    [['check'], 'check takes exactly one docs folder'],
    [['check', '/no/such/folder'], 'cannot read docs folder'],
    [['build', '--format', 'pdf'], 'unknown format "pdf"'],
    [['build', '--bogus'], "Unknown option '--bogus'"],
    [['plan', '--target', 'Calculs'], 'did you mean "Calculus and Optimization"'],
    [['plan', '--background', 'astronaut'], 'astronaut'],
    [['plan', '--hours', '0'], '--hours takes'],
    [['plan', '--hours', '1e-300'], '--hours takes a number of hours per week from 1 to 168, got "1e-300"'],
    [['plan', '--hours', '0.5'], '--hours takes a number of hours per week from 1 to 168'],
    [['plan', '--tracks', '1.5'], '--tracks takes'],
    [['plan', '--tracks', '1000000000'], '--tracks takes a whole number of parallel tracks from 1 to 8'],
    [['plan', '--start', '2026-02-30'], '--start takes a date'],
    [['plan', '--start', '9999-99-99'], '--start takes a date'],
    [['next', '--min-confidence', '2'], '--min-confidence takes a confidence from 0 to 1'],
    [['plan', '--format', 'pdf'], 'unknown format "pdf"'],
    [['plan', '--topic-hours', 'Calculus and Optimization'], '--topic-hours takes TITLE=HOURS'],
    [
      ['plan', '--topic-hours', 'Calculus and Optimization=0'],
      'hours for "Calculus and Optimization" takes a number of hours from 0.5 to 500',
    ],
    [['plan', '--topic-hours', 'Calculs=3'], 'did you mean "Calculus and Optimization"'],
    [['plan', '--background', 'beginner', '--known', 'Calculus and Optimization'], 'not both'],
    [['next', '--format', 'csv'], 'unknown format "csv"'],
    [['check', 'graph/docs', '--format', 'xml'], 'unknown format "xml"; choose one of text, json, github, sarif'],
    [['site', 'graph/docs'], 'site needs --out DIR'],
    [['site', 'graph/docs', '--out', '/tmp/x', '--base', 'https://evil.example/'], '--base takes a path such as /sub/path/'],
  ])('exits 2 on %j with a message, not a stack trace', async (args, message) => {
    const r = await atlas(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('check exits 1 with file:line diagnostics when a document has an error', async () => {
    const dir = await docsWith({
      'p/a.md':
        '# A\n\n## S\n- **What you Need to Know**\n  - **T**\n    - x\n    - **Resources:**\n      - [Click](javascript:alert(1))\n',
    });
    const r = await atlas('check', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('p/a.md:8: error: unsafe link scheme "javascript:"');
    const json = await atlas('check', dir, '--format', 'json');
    expect(JSON.parse(json.stdout)).toContainEqual(
      expect.objectContaining({ file: 'p/a.md', line: 8, level: 'error', code: 'unsafe-link' }),
    );
  });

  it('check exits 1 on a two-topic cycle and names both topics with file:line', async () => {
    const dir = await docsWith({ 'p/a.md': '# Cycle\n\n## Topics\n\n### Alpha\n\nRequires: Beta\n\n### Beta\n\nRequires: Alpha\n' });
    const r = await atlas('check', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /error: prerequisite cycle: .*Alpha → Beta \(explicit 1, p\/a\.md:11\).*Beta → Alpha \(explicit 1, p\/a\.md:7\)/,
    );
  });

  it('check prints a file name holding a line break on one line, escaped', async () => {
    const dir = await docsWith({ 'p/evil\nforged.md:1: error: forged.md': '# A\n\n[x](./missing.md)\n' });
    const r = await atlas('check', dir);
    const lines = r.stderr.split('\n').filter((l) => l.includes('missing.md'));
    expect(lines).toEqual(['p/evil\\nforged.md:1: error: forged.md:3: warning: link target not found: ./missing.md']);
    expect(r.stderr.split('\n').some((l) => l.startsWith('forged.md'))).toBe(false);
  });

  it('plan and check break a cycle at the same edge with the same message, and plan never puts a step after its goal', async () => {
    const dir = await docsWith({
      'p/cycle.md': '# Cycle\n\n### Alpha\nRequires: Gamma\n\n### Beta\nRequires: Alpha\n\n### Gamma\nRequires: Beta\n',
    });
    const checked = await atlas('check', dir);
    const planned = await atlas('plan', '--docs', dir, '--target', 'Alpha', '--format', 'json');
    const message =
      'prerequisite cycle: Alpha → Beta (explicit 1, p/cycle.md:7); Beta → Gamma (explicit 1, p/cycle.md:10); Gamma → Alpha (explicit 1, p/cycle.md:4); planning ignores that Gamma comes before Alpha';
    expect(checked.stderr).toContain(`p/cycle.md:4: error: ${message}`);
    expect(planned.stderr).toContain(`p/cycle.md:4: error: ${message}`);
    // Alpha needs Gamma only through the ignored edge: nothing is "needed for" Alpha after it.
    expect((JSON.parse(planned.stdout) as { steps: { label: string }[] }).steps.map((s) => s.label)).toEqual(['Alpha']);
  });

  it('check --format github annotates each diagnostic on its file in the repository, and still exits 1 on errors', async () => {
    const dir = await docsWith({
      'p/a.md':
        '# A\n\n## S\n- **What you Need to Know**\n  - **T**\n    - x\n    - **Resources:**\n      - [Click](javascript:alert(1))\n',
    });
    const r = await atlas('check', dir, '--format', 'github');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error file=${relative(process.cwd(), dir)}/p/a.md,line=8,title=Unsafe link::unsafe link scheme`);
  });

  it('check --format sarif writes one SARIF run for code scanning', async () => {
    const r = await atlas('check', DEFAULT_DOCS, '--format', 'sarif');
    const log = JSON.parse(r.stdout) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.results.map((x) => x.ruleId)).toEqual(['broken-link']);
  });

  it('lists in its usage every format of the registries, which it does not load to print it', async () => {
    const [{ USAGE }, { EXPORTERS }, { CHECK_FORMATS }, { PLAN_FORMATS }] = await Promise.all([
      import('../../src/cli/main'),
      import('../../src/core/export/index'),
      import('../../src/core/diagnostics/formats'),
      import('../../src/core/plan/formats/index'),
    ]);
    expect(USAGE).toContain(`build [DOCS_DIR] [--out FILE|FOLDER] [--format ${EXPORTERS.map((e) => e.id).join('|')}]`);
    expect(USAGE).toContain(`check DOCS_DIR [--format ${CHECK_FORMATS.map((f) => f.id).join('|')}]`);
    expect(USAGE).toContain(`[--format ${PLAN_FORMATS.map((f) => f.id).join('|')}]`);
  });

  it('check reports no errors on the default documents', async () => {
    const r = await atlas('check', DEFAULT_DOCS);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('0 errors');
  });

  it('build writes graphology JSON and a one-line summary', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'atlas-out-')), 'g.json');
    const r = await atlas('build', DEFAULT_DOCS, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/1 document; \d+ nodes \(.*19 topic.*\); \d+ edges .*; 0 errors, 1 warning, 0 info/);
    const graph = JSON.parse(await readFile(out, 'utf8')) as { nodes: { key: string; attributes: { kind: string } }[] };
    expect(graph.nodes.filter((n) => n.attributes.kind === 'milestone')).toHaveLength(2);
  });

  it('plan: a software engineer reaches Deep Learning Frameworks through the mathematics, not Python', async () => {
    const r = await atlas(
      'plan',
      '--background',
      'software engineering',
      '--target',
      'Deep Learning Frameworks',
      '--format',
      'json',
      '--start',
      '2026-11-30',
    );
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as {
      background: string;
      steps: { label: string; week: number; track: number; resources: { url: string }[] }[];
      totalHours: number;
      weeks: number;
    };
    const order = plan.steps.map((s) => s.label);
    expect(order.indexOf('Calculus and Optimization')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('Linear Algebra Fundamentals')).toBeLessThan(order.indexOf('Neural Network Fundamentals'));
    expect(order.indexOf('Calculus and Optimization')).toBeLessThan(order.indexOf('Neural Network Fundamentals'));
    expect(order.indexOf('Neural Network Fundamentals')).toBeLessThan(order.indexOf('Deep Learning Frameworks'));
    expect(order).not.toContain('Python Programming Mastery');
    expect(plan.background).toBe('Software Engineering');
    expect(plan.totalHours).toBeGreaterThan(0);
  });

  it("plan --topic-hours: the learner's own hours for a topic replace the estimate, and the total follows", async () => {
    const args = ['plan', '--target', 'Deep Learning Frameworks', '--format', 'json'];
    const [estimated, own] = await Promise.all([atlas(...args), atlas(...args, '--topic-hours', 'Calculus and Optimization=3')]);
    type Plan = { totalHours: number; steps: { label: string; hours: number; effort: { basis: string } }[] };
    const [a, b] = [JSON.parse(estimated.stdout) as Plan, JSON.parse(own.stdout) as Plan];
    const calculus = (p: Plan) => p.steps.find((s) => s.label === 'Calculus and Optimization');
    expect(calculus(b)?.hours).toBe(3);
    expect(calculus(b)?.effort.basis).toMatch(/^your own hours \(Atlas estimated \d+ h: /);
    expect(b.totalHours).toBe(a.totalHours - (calculus(a)?.hours as number) + 3);
  });

  it('plan: a beginner on two tracks starts mathematics and programming in week 1', async () => {
    const r = await atlas('plan', '--background', 'beginner', '--tracks', '2', '--format', 'json', '--start', '2026-11-30');
    const plan = JSON.parse(r.stdout) as { steps: { label: string; week: number; section: string }[] };
    const week1 = plan.steps.filter((s) => s.week === 1);
    expect(week1.map((s) => s.section)).toEqual(
      expect.arrayContaining(['Mathematical Foundation Requirements', 'Programming and Software Development']),
    );
  });

  it.each([
    ['md', /^# Learning plan: Deep Learning Frameworks\n/],
    ['csv', /^step,week,week_start,track,id,label,kind,section,hours,why,resources\r\n1,1,2026-11-30,1,/],
    ['ics', /^BEGIN:VCALENDAR\r\n[\s\S]*DTSTART;VALUE=DATE:20261130[\s\S]*END:VCALENDAR\r\n$/],
  ])('plan --format %s', async (format, shape) => {
    const args = [
      'plan',
      '--background',
      'software engineering',
      '--target',
      'Deep Learning Frameworks',
      '--format',
      format,
      '--start',
      '2026-11-30',
    ];
    const [a, b] = await Promise.all([atlas(...args), atlas(...args)]);
    expect(a.stdout).toMatch(shape);
    expect(a.stdout).toBe(b.stdout);
  });

  it('next: ticking Calculus and Optimization moves what only needed it into the list', async () => {
    const before = JSON.parse((await atlas('next', '--background', 'software engineering', '--format', 'json')).stdout) as {
      label: string;
    }[];
    const after = JSON.parse(
      (await atlas('next', '--background', 'software engineering', '--done', 'Calculus and Optimization', '--format', 'json')).stdout,
    ) as { label: string }[];
    expect(before.map((t) => t.label)).not.toContain('Statistics and Probability Theory');
    expect(after.map((t) => t.label)).toContain('Statistics and Probability Theory');
    expect(after.map((t) => t.label)).not.toContain('Calculus and Optimization');
  });

  it('build --strict exits 1 when a document has an error, and still writes the graph', async () => {
    const dir = await docsWith({ 'p/a.md': '---\ntitle: [\n---\n# A\n', 'p/b.md': '# B\n' });
    const r = await atlas('build', dir, '--strict');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).nodes.length).toBeGreaterThan(0);
  });
});
