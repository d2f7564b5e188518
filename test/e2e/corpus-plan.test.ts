// The page against `atlas plan` on the shared corpus, where learning paths overlap: a learner who
// knows or has done a topic in one path is spared the topic that says the same thing in another
// (related coverage), and the page and the CLI agree on every step for the same link.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, corpusAvailable } from '../helpers';
import { useChromium } from './browser';
import { buildPage, ROOT } from './build';
import { openExplorer } from './explorer-page';
import { serveStatic, type StaticServer } from './static-server';

const chromium = useChromium();
const atlas = (...args: string[]): string =>
  execFileSync(process.execPath, ['src/cli/bin.mjs', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

interface PlanJson {
  known: { id: string; label: string }[];
  steps: { id: string; label: string; week: number }[];
  totalHours: number;
  weeks: number;
}

describe.skipIf(!corpusAvailable)('the page on the corpus', () => {
  let server: StaticServer | undefined;
  let tmp = '';
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'atlas-e2e-corpus-'));
    await buildPage(tmp, CORPUS);
    server = await serveStatic(tmp);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('plans what `atlas plan` plans for the same link, with done, known and what they cover in other paths', async () => {
    // Known in the AI and data-science paths, done in the AI path and in the machine-learning path itself.
    const known = ['ai-engineering/prerequisites#linear-algebra-basics', 'data-science/machine-learning#cross-validation-techniques'];
    const done = [
      'ai-engineering/production-deployment#model-serving-frameworks',
      'machine-learning-engineering/prerequisites#calculus-and-optimization',
    ];
    const target = 'mlops-engineering/';
    const cli = (...progress: string[]) =>
      JSON.parse(atlas('plan', '--docs', CORPUS, '--target', target, '--hours', '8', ...progress, '--format', 'json')) as PlanJson;
    const alone = cli();
    const plan = cli('--known', known.join(','), '--done', done.join(','));

    // What the known and done topics cover elsewhere is in the plan without them, and known with them.
    const covered = [
      'machine-learning-engineering/prerequisites#linear-algebra-fundamentals',
      'machine-learning-engineering/ml-fundamentals#cross-validation-techniques',
      'mlops-engineering/model-deployment#model-serving-frameworks',
    ];
    for (const id of covered) {
      expect(alone.steps.map((s) => s.id)).toContain(id);
      expect(plan.steps.map((s) => s.id)).not.toContain(id);
      expect(plan.known.map((k) => k.id)).toContain(id);
    }

    const link = `${server?.url}?target=${encodeURIComponent(target)}&hours=8&known=${encodeURIComponent(known.join(','))}&done=${encodeURIComponent(done.join(','))}`;
    const { page, errors } = await openExplorer(chromium(), link);
    const steps = () =>
      page.getByRole('list', { name: 'Learning plan' }).evaluate((list) =>
        [...list.querySelectorAll('.plan-week:not(.plan-done)')].flatMap((week) => {
          const n = Number(/^Week (\d+)/.exec(week.querySelector('h3')?.textContent ?? '')?.[1]);
          return [...week.querySelectorAll('.plan-step-head > button')].map((b) => [(b.textContent ?? '').replace(/^\d+\. /, ''), n]);
        }),
      );
    // The related topics arrive with the page's second part; the plan is the CLI's once they have.
    await expect.poll(steps, { timeout: 60_000 }).toEqual(plan.steps.map((s) => [s.label, s.week]));
    const panel = page.getByRole('region', { name: 'Planner' });
    expect(await panel.locator('.plan-summary').textContent()).toContain(`${plan.totalHours} h over ${plan.weeks} weeks at 8 h/week`);
    // The done step of the plan's own paths is under Done; the one done in another path is not a step at all.
    expect(await page.getByRole('list', { name: 'Learning plan' }).locator('.plan-done').textContent()).toContain(
      'Calculus and Optimization',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('counts in its header what `atlas build` counts: a root document is no learning path', async () => {
    const graph = JSON.parse(atlas('build', CORPUS, '--format', 'json')) as {
      nodes: { attributes: { kind: string } }[];
      edges: { attributes: { kind: string } }[];
    };
    const nodes = (kind: string) => graph.nodes.filter((n) => n.attributes.kind === kind).length;
    const requires = graph.edges.filter((e) => e.attributes.kind === 'requires').length;
    const { page, errors } = await openExplorer(chromium(), server?.url ?? '');
    expect(await page.locator('.counts').textContent()).toBe(
      `${nodes('topic') + nodes('milestone')} topics · ${requires} prerequisites · ${nodes('path')} paths · ${nodes('resource')} resources`,
    );
    expect(nodes('path')).toBe(8);
    expect(errors).toEqual([]);
    await page.close();
  });
});
