// The README's pictures: the built explorer at 1280×800 and at 375 px wide, saved to
// docs/screenshots/. Run by hand (`npx tsx test/e2e/screenshots.ts`), not by `npm test`.
// ATLAS_DOCS picks another docs folder, as for `npm start`.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './browser';
import { buildPage, ROOT } from './build';
import { openExplorer } from './explorer-page';
import { serveStatic } from './static-server';

const SELECTED = 'machine-learning-engineering/prerequisites#calculus-and-optimization';
const PLANNER = `?bg=Software+Engineering&target=${encodeURIComponent('machine-learning-engineering/prerequisites#deep-learning-frameworks')}&hours=8&start=2026-11-30`;
const SHOTS: { file: string; width: number; height: number; query: string; openSidebar?: boolean }[] = [
  { file: 'explorer-desktop.png', width: 1280, height: 800, query: `?node=${encodeURIComponent(SELECTED)}` },
  { file: 'explorer-mobile.png', width: 375, height: 760, query: '?bg=Software+Engineering' },
  { file: 'planner-desktop.png', width: 1280, height: 800, query: PLANNER },
  // On a phone the planner sits in the collapsed sidebar: open it, as a reader would.
  { file: 'planner-mobile.png', width: 375, height: 760, query: PLANNER, openSidebar: true },
];

const out = join(ROOT, 'docs', 'screenshots');
const tmp = mkdtempSync(join(tmpdir(), 'atlas-shots-'));
try {
  await buildPage(tmp, process.env.ATLAS_DOCS);
  const server = await serveStatic(tmp);
  const browser = await launchChromium();
  mkdirSync(out, { recursive: true });
  for (const shot of SHOTS) {
    const { page, errors } = await openExplorer(browser, `${server.url}${shot.query}`, shot);
    if (shot.openSidebar) {
      await page.locator('.sidebar > summary').click();
      // Show the plan itself, under the settings, as a reader scrolling the sidebar would.
      await page.locator('.plan-summary').evaluate((el) => {
        const sidebar = el.closest('.sidebar') as HTMLElement;
        sidebar.scrollTop += el.getBoundingClientRect().top - sidebar.getBoundingClientRect().top - 8;
      });
    }
    // Let the camera's move to the selection finish and the labels settle.
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(out, shot.file) });
    console.log(`${shot.file}: ${shot.width}×${shot.height}${errors.length ? `, console errors: ${errors.join('; ')}` : ''}`);
    await page.close();
  }
  await browser.close();
  await server.close();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
