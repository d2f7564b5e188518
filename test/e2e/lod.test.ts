// Level of detail on a large map (issue 7): zoomed out, the map leaves its resources and concepts
// off and says so; zoomed in, they are drawn; a selected one is drawn at every zoom. And the page
// says it is loading while the data is on its way.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeCurriculum } from '../../src/gen/write';
import { NODE_COLOURS } from '../../src/app/theme';
import { useChromium } from './browser';
import { buildPage } from './build';
import { openExplorer } from './explorer-page';
import { serveStatic, type StaticServer } from './static-server';

const chromium = useChromium();
// 400 topics bring about 2,500 concepts and resources: well over the map's budget once shown.
const ALL_KINDS = '?kinds=topic,milestone,pathway,concept,resource';
let tmp: string;
let server: StaticServer;
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'atlas-lod-'));
  await writeCurriculum(join(tmp, 'docs'), { topics: 400 });
  await buildPage(join(tmp, 'page'), join(tmp, 'docs'));
  server = await serveStatic(join(tmp, 'page'));
});
afterAll(async () => {
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Pixels of the map drawn in the resources' colour: resources are the only nodes that have it. */
async function resourcePixels(browser: Browser, page: Page): Promise<number> {
  // Let the camera's animation end and sigma draw the frame after it.
  await page.waitForTimeout(700);
  const png = await page.locator('.map-canvas').screenshot();
  const probe = await browser.newPage();
  try {
    return await probe.evaluate(
      async ({ b64, hex }) => {
        const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
        const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d') as OffscreenCanvasRenderingContext2D;
        ctx.drawImage(bitmap, 0, 0);
        const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (want.every((v, k) => Math.abs((data[i + k] as number) - v) < 8)) n++;
        return n;
      },
      { b64: png.toString('base64'), hex: NODE_COLOURS.resource },
    );
  } finally {
    await probe.close();
  }
}

it('leaves resources off a zoomed-out large map, says so, and draws them as the reader zooms in', async () => {
  const { page, errors } = await openExplorer(chromium(), `${server.url}${ALL_KINDS}`);
  const note = page.locator('.map-detail');
  await expect.poll(() => note.textContent()).toMatch(/^Showing the [\d,]+ most connected of [\d,]+ nodes: zoom in for the rest\.$/);
  expect(await resourcePixels(chromium(), page)).toBe(0);

  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 3; i++) await zoomIn.click();
  await expect.poll(() => note.count()).toBe(0);
  expect(await resourcePixels(chromium(), page)).toBeGreaterThan(200);

  await page.getByRole('button', { name: 'Fit the whole map' }).click();
  await expect.poll(() => note.count()).toBe(1);
  expect(await resourcePixels(chromium(), page)).toBe(0);
  expect(errors).toEqual([]);
});

it('draws a selected node and its neighbourhood at every zoom', async () => {
  const { page, errors } = await openExplorer(chromium(), `${server.url}${ALL_KINDS}`);
  // A topic with resources: its resources are lit with it.
  const search = page.getByRole('combobox', { name: /search/i });
  await search.fill('a');
  await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
  await search.press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('node')).not.toBeNull();
  await page.getByRole('button', { name: 'Fit the whole map' }).click();
  await expect.poll(() => page.locator('.map-detail').count()).toBe(1);
  expect(await resourcePixels(chromium(), page)).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

it('says the map is loading while its data is on the way, and is no longer busy once drawn', async () => {
  const page = await chromium().newPage({ viewport: { width: 1280, height: 800 } });
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/atlas-data[^/]*\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(server.url);
  const status = page.getByRole('status');
  await expect.poll(() => status.first().textContent()).toContain('Loading the map');
  expect(await page.locator('[aria-busy="true"]').count()).toBeGreaterThan(0);
  release();
  await page.waitForFunction(() => performance.getEntriesByName('atlas:first-render').length > 0, null, { timeout: 60_000 });
  await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
  await page.close();
});
