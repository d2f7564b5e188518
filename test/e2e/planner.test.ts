// The planner in real Chromium against the built page: a software engineer aiming for Deep Learning
// Frameworks at 8 hours a week gets the CLI's plan, keeps their ticks, downloads the same Markdown
// as `atlas plan`, sees what is next, and a broken saved state costs a notice, not the page.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { formatDay, nextMonday } from '../../src/core/rules';
import { useChromium } from './browser';
import { ROOT } from './build';
import { openExplorer, waitForFirstRender } from './explorer-page';

const atlasUrl = inject('atlasUrl');
const chromium = useChromium();

const atlas = (...args: string[]): string => execFileSync(process.execPath, ['src/cli/bin.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
const planner = (page: Page) => page.getByRole('region', { name: 'Planner' });
/** Each step of the plan (not the done ones) with its week, as the page lists them. */
const stepWeeks = (page: Page) =>
  page.getByRole('list', { name: 'Learning plan' }).evaluate((list) =>
    [...list.querySelectorAll('.plan-week:not(.plan-done)')].flatMap((week) => {
      const n = Number(/^Week (\d+)/.exec(week.querySelector('h3')?.textContent ?? '')?.[1]);
      return [...week.querySelectorAll('.plan-step-head > button')].map((b) => [(b.textContent ?? '').replace(/^\d+\. /, ''), n]);
    }),
  );
const items = (page: Page, name: string) => page.getByRole('list', { name }).locator('li').allTextContents();

describe('the planner', () => {
  it('plans for a software engineer aiming at Deep Learning Frameworks, keeps ticks over a reload and downloads what `atlas plan` prints', async () => {
    const { page, errors } = await openExplorer(chromium(), atlasUrl);
    const panel = planner(page);
    await panel.getByLabel('My background').selectOption('Software Engineering');
    await panel.getByLabel('Goal', { exact: true }).fill('Deep Learning Frameworks');
    await panel.getByRole('button', { name: 'Add goal' }).click();
    await panel.getByLabel('Hours per week').fill('8');

    const plan = page.getByRole('list', { name: 'Learning plan' });
    await expect.poll(() => plan.textContent()).toContain('Deep Learning Frameworks');
    // Step names, in order (a step's "why" names later steps too).
    const steps = (await plan.getByRole('button').allTextContents()).map((t) => t.replace(/^\d+\. /, ''));
    const at = (label: string) => steps.indexOf(label);
    expect(at('Calculus and Optimization')).toBeGreaterThanOrEqual(0);
    expect(at('Calculus and Optimization')).toBeLessThan(at('Neural Network Fundamentals'));
    expect(at('Neural Network Fundamentals')).toBeLessThan(at('Deep Learning Frameworks'));
    expect(await plan.textContent()).not.toContain('Python Programming Mastery');
    const url = new URL(page.url());
    expect([url.searchParams.get('bg'), url.searchParams.get('hours'), url.searchParams.getAll('target')]).toEqual([
      'Software Engineering',
      '8',
      ['machine-learning-engineering/prerequisites#deep-learning-frameworks'],
    ]);
    const json = JSON.parse(
      atlas('plan', '--background', 'Software Engineering', '--target', 'Deep Learning Frameworks', '--hours', '8', '--format', 'json'),
    ) as { totalHours: number; weeks: number };
    expect(await panel.textContent()).toContain(`${json.totalHours} h over ${json.weeks} weeks at 8 h/week`);

    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Markdown' }).click()]);
    const markdown = readFileSync(await download.path(), 'utf8');
    const start = formatDay(nextMonday(new Date()));
    expect(markdown).toBe(
      atlas(
        'plan',
        '--background',
        'Software Engineering',
        '--target',
        'Deep Learning Frameworks',
        '--hours',
        '8',
        '--start',
        start,
        '--format',
        'md',
      ),
    );

    const weeks = () => plan.locator('.plan-week:not(.plan-done)').allTextContents();
    await panel.getByRole('checkbox', { name: 'Done: Calculus and Optimization' }).click();
    await expect.poll(async () => (await weeks()).join('\n')).not.toContain('Calculus and Optimization');
    // The ticked step stays in view, under Done, ticked.
    await expect.poll(() => plan.locator('.plan-done').textContent()).toContain('Calculus and Optimization');
    // The keyboard's focus moves on to the next step's tick, not off the page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Done: /);
    await page.reload();
    await waitForFirstRender(page);
    const ticked = page.getByRole('list', { name: 'Learning plan' }).getByRole('checkbox', { name: 'Done: Calculus and Optimization' });
    await expect.poll(() => ticked.isChecked()).toBe(true);
    // Unticking is the undo: the step is back in the plan.
    await ticked.click();
    await expect
      .poll(async () =>
        (await page.getByRole('list', { name: 'Learning plan' }).locator('.plan-week:not(.plan-done)').allTextContents()).join('\n'),
      )
      .toContain('Calculus and Optimization');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plans what `atlas plan` plans for the same link, done and known topics included, and Copy link shares them', async () => {
    const done = 'machine-learning-engineering/prerequisites#calculus-and-optimization';
    const known = 'machine-learning-engineering/prerequisites#linear-algebra-fundamentals';
    const target = 'machine-learning-engineering/prerequisites#deep-learning-frameworks';
    const link = `${atlasUrl}?target=${encodeURIComponent(target)}&hours=8&tracks=2&done=${encodeURIComponent(done)}&known=${encodeURIComponent(known)}`;
    const { page, errors } = await openExplorer(chromium(), link);
    const cli = JSON.parse(
      atlas('plan', '--target', target, '--hours', '8', '--tracks', '2', '--done', done, '--known', known, '--format', 'json'),
    ) as { steps: { label: string }[]; totalHours: number; weeks: number };
    const plan = page.getByRole('list', { name: 'Learning plan' });
    const steps = async () =>
      (await plan.locator('.plan-week:not(.plan-done) .plan-step-head button').allTextContents()).map((t) => t.replace(/^\d+\. /, ''));
    await expect.poll(steps).toEqual(cli.steps.map((s) => s.label));
    expect(await planner(page).textContent()).toContain(`${cli.totalHours} h over ${cli.weeks} weeks`);
    expect(await planner(page).textContent()).toContain('This plan uses the progress in the link you opened.');

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await planner(page).getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => planner(page).textContent()).toContain('Link copied');
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect([copied.searchParams.get('done'), copied.searchParams.get('known')]).toEqual([done, known]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("takes the learner's own hours for a step, schedules with them as `atlas plan --topic-hours` does, keeps them over a reload, and resets them", async () => {
    const goal = 'machine-learning-engineering/prerequisites#deep-learning-frameworks';
    const { page, errors } = await openExplorer(
      chromium(),
      `${atlasUrl}?bg=Software+Engineering&target=${encodeURIComponent(goal)}&hours=8`,
    );
    const cli = (...more: string[]) =>
      JSON.parse(atlas('plan', '--background', 'Software Engineering', '--target', goal, '--hours', '8', ...more, '--format', 'json')) as {
        totalHours: number;
        weeks: number;
        steps: { label: string; hours: number; week: number }[];
      };
    const estimated = cli();
    const own = cli('--topic-hours', 'Calculus and Optimization=2');
    expect(own.totalHours).toBeLessThan(estimated.totalHours);
    const summary = () => planner(page).locator('.plan-summary').textContent();
    const field = () => planner(page).getByLabel('Hours for Calculus and Optimization');
    const estimate = String(estimated.steps.find((s) => s.label === 'Calculus and Optimization')?.hours);
    await expect.poll(() => field().inputValue()).toBe(estimate);
    expect(await summary()).toContain(`${estimated.totalHours} h over ${estimated.weeks} weeks`);

    await field().fill('2');
    await expect.poll(summary).toContain(`${own.totalHours} h over ${own.weeks} weeks`);
    // Every step in the week the CLI puts it in.
    await expect.poll(() => stepWeeks(page)).toEqual(own.steps.map((s) => [s.label, s.week]));
    // Copy link shares them with the progress.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await planner(page).getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => planner(page).textContent()).toContain('Link copied');
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.searchParams.get('effort')).toBe('machine-learning-engineering/prerequisites#calculus-and-optimization:2');
    await page.reload();
    await waitForFirstRender(page);
    await expect.poll(() => field().inputValue()).toBe('2');
    await expect.poll(summary).toContain(`${own.totalHours} h over ${own.weeks} weeks`);

    await planner(page).getByRole('button', { name: "Reset the hours of Calculus and Optimization to Atlas's estimate" }).click();
    await expect.poll(summary).toContain(`${estimated.totalHours} h over ${estimated.weeks} weeks`);
    expect(await field().inputValue()).toBe(estimate);
    await page.reload();
    await waitForFirstRender(page);
    await expect.poll(() => field().inputValue()).toBe(estimate);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows next up for a software engineer: only topics whose prerequisites are assumed, and ticking Calculus and Optimization opens Statistics and Probability Theory', async () => {
    const calculus = 'machine-learning-engineering/prerequisites#calculus-and-optimization';
    const { page, errors } = await openExplorer(chromium(), `${atlasUrl}?bg=Software+Engineering&node=${encodeURIComponent(calculus)}`);
    const expected = (JSON.parse(atlas('next', '--background', 'Software Engineering', '--format', 'json')) as { label: string }[]).map(
      (t) => t.label,
    );
    await expect.poll(async () => (await items(page, 'Next up')).map((t) => t.replace(/ unlocks \d+$/, ''))).toEqual(expected);
    expect(expected).not.toContain('Statistics and Probability Theory');

    const side = page.getByRole('complementary');
    await expect.poll(() => side.textContent()).toMatch(/Needed by \d+ topics in 1 path/);
    await side.getByRole('button', { name: 'Done', exact: true }).click();
    await expect.poll(async () => (await items(page, 'Next up')).join('\n')).toContain('Statistics and Probability Theory');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('resets a corrupted saved progress with a notice, the page keeps working, and an exported progress file brings it back', async () => {
    const { page, errors } = await openExplorer(chromium(), atlasUrl);
    await page.evaluate(() => localStorage.setItem('atlas:progress', '{"version":1,"state":'));
    await page.reload();
    await waitForFirstRender(page);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/saved progress could not be read, so it was reset/);
    await planner(page).getByLabel('My background').selectOption('Software Engineering');
    await expect.poll(async () => (await items(page, 'Next up')).length).toBeGreaterThan(0);

    // The notice's way back: an exported progress file, imported.
    const calculus = 'machine-learning-engineering/prerequisites#calculus-and-optimization';
    const file = JSON.stringify({ atlas: 'progress', version: 1, known: [], done: [calculus] });
    await planner(page)
      .getByLabel('Import progress')
      .setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => planner(page).getByRole('checkbox', { name: 'Done: Calculus and Optimization' }).isChecked()).toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      planner(page).getByRole('button', { name: 'Export progress' }).click(),
    ]);
    expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toEqual(JSON.parse(file));
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['start=9999-99-99', 'start takes a date'],
    ['hours=0.000001', 'hours takes a number of hours per week from 1 to 168'],
    ['tracks=1000000000', 'tracks takes a whole number of parallel tracks from 1 to 8'],
  ])('opens a crafted link with %s at the default, with a notice, and plans', async (crafted, notice) => {
    const goal = encodeURIComponent('machine-learning-engineering/prerequisites#deep-learning-frameworks');
    const { page, errors } = await openExplorer(chromium(), `${atlasUrl}?${crafted}&target=${goal}`);
    await expect.poll(() => planner(page).getByRole('alert').textContent()).toContain(notice);
    await expect.poll(() => page.getByRole('list', { name: 'Learning plan' }).textContent()).toContain('Deep Learning Frameworks');
    expect(await planner(page).textContent()).toContain('at 10 h/week');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a 375 px screen: the plan in the opened sidebar, no sideways scroll', async () => {
    const goal = encodeURIComponent('machine-learning-engineering/prerequisites#deep-learning-frameworks');
    const { page, errors } = await openExplorer(chromium(), `${atlasUrl}?bg=Software+Engineering&target=${goal}&hours=8`, {
      width: 375,
      height: 760,
    });
    await page.locator('.sidebar > summary').click();
    const plan = page.getByRole('list', { name: 'Learning plan' });
    await plan.scrollIntoViewIfNeeded();
    expect(await plan.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await page.locator('.planner').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('makes its long lists when they are used: a checkbox per topic when "What I know" opens, goal suggestions when the field is focused', async () => {
    const { page, errors } = await openExplorer(chromium(), atlasUrl);
    await waitForFirstRender(page);
    const whatIKnow = page.getByRole('list', { name: 'What I know' });
    expect(await whatIKnow.count()).toBe(0);
    await planner(page)
      .getByText(/^What I know/)
      .click();
    await expect.poll(() => whatIKnow.locator('li').count()).toBeGreaterThan(10);
    const options = page.locator('.goal-form datalist option');
    expect(await options.count()).toBe(0);
    await planner(page).getByLabel('Goal').focus();
    await expect.poll(() => options.count()).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await page.close();
  });
});
