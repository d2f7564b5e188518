// Accessibility, checked rather than claimed: axe-core on each view a reader meets finds no serious
// or critical violation, and the whole way from a search to an exported plan works from the keyboard.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './browser';
import { openExplorer } from './explorer-page';

const atlasUrl = inject('atlasUrl');
const chromium = useChromium();
const TOPIC = (slug: string) => encodeURIComponent(`machine-learning-engineering/prerequisites#${slug}`);
const PLAN = `?bg=Software+Engineering&target=${TOPIC('deep-learning-frameworks')}&hours=8&start=2026-11-30`;

/** Serious and critical violations, as "rule: element" lines a failure can be read from. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
}

describe('axe-core', () => {
  it.each([
    ['the explorer', '', {}],
    ['a selected topic’s panel', `?node=${TOPIC('calculus-and-optimization')}`, {}],
    ['the planner with a plan', PLAN, {}],
    ['the outline', '?view=outline', { waitForMap: false }],
    ['the 375 px layout', `?node=${TOPIC('calculus-and-optimization')}`, { width: 375, height: 740 }],
  ])('finds no serious or critical violation in %s', async (_view, query, options) => {
    const { page } = await openExplorer(chromium(), `${atlasUrl}${query}`, options);
    if (query.includes('view=outline')) await page.locator('.outline').waitFor();
    if (query.includes('target=')) await page.getByRole('list', { name: 'Learning plan' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});

/** What has the keyboard's focus, and whether a reader can see it (a focus ring, not just the browser's idea of one). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: '(the page itself)', visible: false };
    const style = getComputedStyle(el);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    const name = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
    return { name: name.trim() || `(a ${el.tagName.toLowerCase()}.${el.className})`, visible: ring };
  });

/** Tab forward until the focused element's name matches, checking that every stop on the way shows its focus. */
async function tabTo(page: Page, name: RegExp, limit = 150): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    // After the page's last control, Tab goes to the browser's own controls before it wraps around.
    if (f.name === '(the page itself)') continue;
    expect(f.visible, `focus ring on "${f.name}"`).toBe(true);
    if (name.test(f.name)) return;
  }
  throw new Error(`no element named ${name} within ${limit} Tab presses`);
}

describe('the keyboard alone', () => {
  it('searches, opens a topic, adds it as a goal, ticks a step done and exports the plan, with focus visible at every step', async () => {
    const { page, errors } = await openExplorer(chromium(), atlasUrl);
    await page.keyboard.press('/');
    expect(await focused(page)).toMatchObject({ name: expect.stringMatching(/search/i), visible: true });
    await page.keyboard.type('deep learning frameworks');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Deep Learning Frameworks');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Deep Learning Frameworks');
    // The panel takes the focus to its title, and shows it there.
    await expect.poll(() => focused(page)).toMatchObject({ name: 'Deep Learning Frameworks', visible: true });

    await tabTo(page, /^Add as goal$/);
    await page.keyboard.press('Enter');
    const plan = page.getByRole('list', { name: 'Learning plan' });
    await expect.poll(() => plan.textContent()).toContain('Deep Learning Frameworks');
    const first = ((await plan.getByRole('checkbox').first().getAttribute('aria-label')) ?? '').replace(/^Done: /, '');

    await tabTo(page, new RegExp(`^Done: ${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('list', { name: 'Done' }).textContent()).toContain(first);
    expect(await plan.textContent()).not.toContain(`Done: ${first}`);

    await tabTo(page, /^Markdown/);
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/-plan\.md$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
