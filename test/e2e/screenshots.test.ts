// The README's pictures, taken by the e2e suite on every `npm test` so that they cannot go stale:
// the built explorer at 1280×800 and at 375 px wide, saved to docs/screenshots/. Each is taken only
// once it shows what the README says it shows.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './browser';
import { ROOT } from './build';
import { openExplorer } from './explorer-page';

const atlasUrl = inject('atlasUrl');
const chromium = useChromium();
const out = join(ROOT, 'docs', 'screenshots');

const SELECTED = 'machine-learning-engineering/prerequisites#calculus-and-optimization';
const PLANNER = `?bg=Software+Engineering&target=${encodeURIComponent('machine-learning-engineering/prerequisites#deep-learning-frameworks')}&hours=8&start=2026-11-30`;

/** Whether the element is within the viewport, where the picture shows it. */
const onScreen = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.top >= 0 && r.top < window.innerHeight && r.left >= 0 && r.left < window.innerWidth;
    });

const SHOTS: {
  file: string;
  width: number;
  height: number;
  query: string;
  shows: string[];
  openSidebar?: boolean;
  scrollToPlan?: boolean;
}[] = [
  {
    file: 'explorer-desktop.png',
    width: 1280,
    height: 800,
    query: `?node=${encodeURIComponent(SELECTED)}`,
    shows: ['.map-canvas', '.planner', '.panel-header h2'],
  },
  { file: 'explorer-mobile.png', width: 375, height: 760, query: '?bg=Software+Engineering', shows: ['.map-canvas'] },
  { file: 'planner-desktop.png', width: 1280, height: 800, query: PLANNER, shows: ['.plan-summary', '.plan-list'], scrollToPlan: true },
  // On a phone the planner sits in the collapsed sidebar: open it, as a reader would.
  {
    file: 'planner-mobile.png',
    width: 375,
    height: 760,
    query: PLANNER,
    shows: ['.plan-summary', '.plan-list'],
    openSidebar: true,
    scrollToPlan: true,
  },
];

describe('the README’s screenshots', () => {
  mkdirSync(out, { recursive: true });
  it.each(SHOTS)('$file', async (shot) => {
    const { page, errors } = await openExplorer(chromium(), `${atlasUrl}${shot.query}`, shot);
    if (shot.openSidebar) await page.locator('.sidebar > summary').click();
    if (shot.scrollToPlan) {
      // Show the plan itself, under the settings, as a reader scrolling the sidebar would.
      await page.locator('.plan-summary').evaluate((el) => {
        const sidebar = el.closest('.sidebar') as HTMLElement;
        sidebar.scrollTop += el.getBoundingClientRect().top - sidebar.getBoundingClientRect().top - 8;
      });
    }
    for (const selector of shot.shows)
      await expect.poll(() => onScreen(page, selector), { message: `${shot.file} shows ${selector}` }).toBe(true);
    // Let the camera's move to the selection finish and the labels settle.
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(out, shot.file) });
    expect(errors).toEqual([]);
    await page.close();
  });
});
