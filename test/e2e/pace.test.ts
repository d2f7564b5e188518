// Time to goal at my pace in real Chromium: a software engineer aiming at Deep Learning Frameworks
// at 8 hours a week sees the hours left and the finish day, and a burn-down chart with a name and
// its numbers as a table; ticking a step lowers the hours left.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openExplorer } from './explorer-page';
import { useChromium } from './browser';

const atlasUrl = inject('atlasUrl');
const chromium = useChromium();

const planner = (page: Page) => page.getByRole('region', { name: 'Planner' });
const goalHours = async (page: Page): Promise<number> => {
  const cell = planner(page).getByRole('table', { name: 'Time to goal by goal' }).locator('td.pace-hours').first();
  return Number.parseFloat((await cell.textContent()) ?? 'NaN');
};

describe('time to goal', () => {
  it('shows the hours left and a named burn-down chart, and ticking a step lowers the hours left', async () => {
    const goal = encodeURIComponent('machine-learning-engineering/prerequisites#deep-learning-frameworks');
    const { page, errors } = await openExplorer(chromium(), `${atlasUrl}?bg=Software+Engineering&target=${goal}&hours=8`);
    const panel = planner(page);
    const chart = panel.locator('svg[role=img]');
    await expect.poll(() => chart.count()).toBe(1);
    expect(await chart.getAttribute('aria-label')).toMatch(/^Burn-down over \d+ weeks: [\d.]+ h planned, 0 h done/);
    expect(await panel.getByRole('table', { name: 'Time to goal by goal' }).textContent()).toMatch(
      /Deep Learning Frameworks[\d.]+ h\d{4}-\d{2}-\d{2}/,
    );
    expect(await panel.getByRole('table', { name: 'Time to goal by learning path' }).locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await panel.locator('.burndown .visually-hidden tbody tr').count()).toBeGreaterThan(1);

    const before = await goalHours(page);
    expect(before).toBeGreaterThan(0);
    await panel.getByRole('checkbox', { name: 'Done: Calculus and Optimization' }).click();
    await expect.poll(() => goalHours(page)).toBeLessThan(before);
    expect(await chart.getAttribute('aria-label')).not.toMatch(/ 0 h done/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads a shared link's progress, as the plan beside it does", async () => {
    const goal = encodeURIComponent('machine-learning-engineering/prerequisites#deep-learning-frameworks');
    const url = `${atlasUrl}?target=${goal}&hours=8`;
    const { page, errors } = await openExplorer(chromium(), url);
    const summary = planner(page).locator('.plan-summary');
    await expect.poll(() => summary.count()).toBe(1);
    const alone = await goalHours(page);
    expect(await summary.textContent()).toContain(`${alone} h over`);
    // A link that says the Linear Algebra and Calculus topics are known: the plan and its time to goal both drop them.
    const known = encodeURIComponent('machine-learning-engineering/prerequisites#linear-algebra-fundamentals~calculus-and-optimization');
    await page.goto(`${url}&known=${known}`);
    await expect.poll(() => planner(page).getByText('This plan uses the progress in the link you opened').count()).toBe(1);
    await expect.poll(() => goalHours(page)).toBeLessThan(alone);
    expect(await summary.textContent()).toContain(`${await goalHours(page)} h over`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
