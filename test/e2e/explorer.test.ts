// The explorer in real Chromium against the built page and the default dataset: what a learner
// sees and does, and the promises the page makes (no console errors, its CSP holds).
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './browser';
import { countInk, openExplorer, type OpenedPage } from './explorer-page';

const TOPIC = (slug: string) => `machine-learning-engineering/prerequisites#${slug}`;
const atlasUrl = inject('atlasUrl');
const chromium = useChromium();
const opened: OpenedPage[] = [];

async function open(query = '', size?: { width: number; height: number }): Promise<OpenedPage> {
  // The outline view draws no map, so there is no first render to wait for.
  const outline = query.includes('view=outline');
  const o = await openExplorer(chromium(), `${atlasUrl}${query}`, { ...size, waitForMap: !outline });
  if (outline) await o.page.locator('.outline').waitFor();
  opened.push(o);
  return o;
}

describe('the explorer', () => {
  it('draws the map: the canvas holds coloured nodes, not a blank rectangle', async () => {
    const { page, errors } = await open();
    const png = await page.locator('.map-canvas').screenshot();
    const ink = await countInk(chromium(), png);
    expect(ink.ink / ink.total).toBeGreaterThan(0.005);
    expect(ink.pathColour).toBeGreaterThan(200);
    expect(await page.locator('.map-canvas').getAttribute('aria-label')).toMatch(
      /^Map of 21 topics in 1 learning path, joined by \d+ prerequisite arrows/,
    );
    expect(await page.locator('.counts').textContent()).toBe('21 topics · 35 prerequisites · 1 path · 72 resources');
    expect(await page.evaluate(() => performance.getEntriesByName('atlas:data-loaded').length)).toBe(1);
    expect(errors).toEqual([]);
  });

  it('finds "calculus", selects Calculus and Optimization on Enter and lists its resources', async () => {
    const { page, errors } = await open();
    const search = page.getByRole('combobox', { name: /search/i });
    await search.fill('calculus');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Calculus and Optimization');
    await search.press('Enter');
    const panel = page.getByRole('complementary');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Calculus and Optimization');
    const link = panel.getByRole('link', { name: 'Calculus - Khan Academy' });
    expect(await link.getAttribute('href')).toBe('https://www.khanacademy.org/math/calculus-1');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(new URL(page.url()).searchParams.get('node')).toBe(TOPIC('calculus-and-optimization'));
    // The camera has moved to the selection, and still shows the map.
    await page.waitForTimeout(800);
    expect((await countInk(chromium(), await page.locator('.map-canvas').screenshot())).pathColour).toBeGreaterThan(200);
    expect(errors).toEqual([]);
  });

  it('moves through search results with the arrow keys', async () => {
    const { page } = await open();
    const search = page.getByRole('combobox', { name: /search/i });
    await search.fill('statistic');
    const second = (await page.getByRole('option').nth(1).locator('.hit-label').textContent()) ?? '';
    await search.press('ArrowDown');
    expect(await search.getAttribute('aria-activedescendant')).toBe(await page.getByRole('option').nth(1).getAttribute('id'));
    await search.press('Enter');
    await expect.poll(() => page.getByRole('complementary').getByRole('heading', { level: 2 }).textContent()).toBe(second);
  });

  it('fades what a Software Engineering background already knows', async () => {
    const { page, errors } = await open();
    await page.locator('#bg-select').selectOption({ label: 'Software Engineering' });
    await page.getByRole('button', { name: 'Outline' }).click();
    const item = (slug: string) => page.locator(`[data-node-id="${TOPIC(slug)}"]`);
    expect(await item('python-programming-mastery').getAttribute('data-faded')).toBe('true');
    expect(await item('python-programming-mastery').textContent()).toContain('already known');
    expect(await item('linear-algebra-fundamentals').getAttribute('data-faded')).toBeNull();
    expect(new URL(page.url()).searchParams.get('bg')).toBe('Software Engineering');
    expect(errors).toEqual([]);
  });

  it('reopens a shared ?node= link with that node selected, and the rest of the view as it was', async () => {
    const { page, errors } = await open(
      `?bg=Software+Engineering&view=outline&node=${encodeURIComponent(TOPIC('statistics-and-probability-theory'))}`,
      undefined,
    );
    await expect
      .poll(() => page.getByRole('complementary').getByRole('heading', { level: 2 }).textContent())
      .toBe('Statistics and Probability Theory');
    expect(await page.locator(`[data-node-id="${TOPIC('statistics-and-probability-theory')}"]`).getAttribute('aria-current')).toBe('true');
    expect(await page.locator(`[data-node-id="${TOPIC('python-programming-mastery')}"]`).getAttribute('data-faded')).toBe('true');
    expect(errors).toEqual([]);
  });

  it('lets a keyboard user move through the outline, select a topic and follow a prerequisite', async () => {
    const { page } = await open('?view=outline');
    await page.locator(`[data-node-id="${TOPIC('linear-algebra-fundamentals')}"]`).focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-node-id'))).toBe(TOPIC('calculus-and-optimization'));
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Calculus and Optimization');
    await panel.getByRole('button', { name: 'Linear Algebra Fundamentals' }).press('Enter');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Linear Algebra Fundamentals');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
  });

  it('fits a 375 px screen: no sideways scroll, and the details open as a drawer', async () => {
    const { page, errors } = await open(`?node=${encodeURIComponent(TOPIC('calculus-and-optimization'))}`, { width: 375, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const panel = page.getByRole('complementary');
    expect(await panel.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    expect((await panel.boundingBox())?.width).toBeLessThanOrEqual(375);
    expect(errors).toEqual([]);
  });
  it('makes the section list when the field is first used, and keeps a chosen section when reopened', async () => {
    const { page, errors } = await open();
    const sections = page.getByRole('combobox', { name: 'Section' });
    const options = () => sections.locator('option').count();
    // A large curriculum has tens of thousands of sections: none are laid out with the sidebar.
    await sections.waitFor();
    expect(await options()).toBe(1);
    await sections.focus();
    await expect.poll(options).toBeGreaterThan(2);
    const second = sections.locator('option').nth(1);
    const [value, label] = [await second.getAttribute('value'), await second.textContent()];
    await sections.selectOption(value!);
    await expect.poll(() => page.url()).toContain(`section=${encodeURIComponent(value!)}`);

    const reopened = await open(`?section=${encodeURIComponent(value!)}`);
    const chosen = reopened.page.getByRole('combobox', { name: 'Section' });
    await chosen.waitFor();
    expect(await chosen.locator('option').count()).toBe(2);
    expect(await chosen.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe(label);
    expect(errors).toEqual([]);
    expect(reopened.errors).toEqual([]);
  });
});

describe('the page’s security policy', () => {
  it('is declared in the built page and enforced: an injected inline script is blocked', async () => {
    const { page } = await open();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("worker-src 'self' blob:");
    expect(policy).not.toContain('unsafe-inline');
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.append(s);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(async () => (await opened.at(-1)?.cspViolations())?.length).toBe(1);
  });

  it('is never violated by the explorer itself, whatever the reader does', async () => {
    const { page, errors, cspViolations } = await open();
    await page.getByRole('combobox', { name: /search/i }).fill('python');
    await page.getByRole('combobox', { name: /search/i }).press('Enter');
    await page.locator('#bg-select').selectOption({ label: 'Software Engineering' });
    await page.getByRole('checkbox', { name: 'Concepts' }).check();
    await page.getByRole('checkbox', { name: 'Resources' }).check();
    await page.mouse.move(700, 400);
    await page.mouse.wheel(0, -300);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /PNG/ }).click();
    expect((await download).suggestedFilename()).toMatch(/\.png$/);
    for (const [format, file] of [
      ['graphology JSON', 'docs-graph.json'],
      [/GEXF/, 'docs-graph.gexf'],
    ] as const) {
      const saved = page.waitForEvent('download');
      await page.getByText('Export', { exact: true }).click();
      await page.getByRole('button', { name: format }).click();
      expect((await saved).suggestedFilename()).toBe(file);
    }
    await page.getByRole('button', { name: 'Outline' }).click();
    await page.getByRole('button', { name: 'Map' }).click();
    expect(await cspViolations()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
