// A built page draws the map from its map part alone; the concepts and resources come in chunks
// when the panel, a plan or an export needs them (and in idle time). A slow chunk must not hold the
// map back, a failed one must not take it down, and an export must still be the CLI's file.
// The map itself is drawn before the app's code has loaded, and the app takes it over.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { EXPORTERS } from '../../src/core/export/index';
import { loadDocs } from '../../src/node/read-tree';
import { DEFAULT_DOCS } from '../helpers';
import { useChromium } from './browser';
import { countInk, waitForFirstRender } from './explorer-page';

const chromium = useChromium();
const LINEAR_ALGEBRA = 'machine-learning-engineering/prerequisites#linear-algebra-fundamentals';
const CHUNK = /atlas-details-[^/]*\.json/;

const mapInk = async (page: Page) => countInk(chromium(), await page.locator('.map canvas').last().screenshot());
/** What the panel's list of concepts says. */
const conceptList = (page: Page) =>
  page
    .getByRole('complementary')
    .locator('section', { has: page.getByRole('heading', { name: /^Concepts/ }) })
    .textContent();

it('draws the map and its topics before any concept or resource arrives, then shows those of the node opened', async () => {
  const page = await chromium().newPage({ viewport: { width: 1280, height: 800 } });
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const asked: string[] = [];
  await page.route(CHUNK, async (route) => {
    asked.push(route.request().url());
    await held;
    await route.continue();
  });
  await page.goto(`${inject('atlasUrl')}?node=${encodeURIComponent(LINEAR_ALGEBRA)}`);
  await waitForFirstRender(page);
  expect((await mapInk(page)).pathColour).toBeGreaterThan(100);
  const panel = page.getByRole('complementary');
  await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Linear Algebra Fundamentals');
  const waiting = panel.getByRole('status').filter({ hasText: 'Loading concepts and resources' });
  await expect.poll(() => waiting.count()).toBe(1);
  expect(await panel.getByRole('link', { name: /3Blue1Brown/ }).count()).toBe(0);
  // Not "None": the concepts are on their way.
  expect(await conceptList(page)).toMatch(/Loading…$/);
  // The panel asked for its node's chunk; none of them has come.
  expect(asked.length).toBeGreaterThan(0);
  release();
  await expect.poll(() => panel.getByRole('link', { name: /3Blue1Brown/ }).count()).toBeGreaterThan(0);
  expect(await waiting.count()).toBe(0);
  expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('Linear Algebra Fundamentals');
  await page.close();
});

it('keeps drawing the map when a details chunk fails, says so where they are needed, and still searches them', async () => {
  const page = await chromium().newPage({ viewport: { width: 1280, height: 800 } });
  await page.route(CHUNK, (route) => route.fulfill({ status: 500, body: 'gone', contentType: 'text/plain' }));
  await page.goto(`${inject('atlasUrl')}?node=${encodeURIComponent(LINEAR_ALGEBRA)}`);
  await waitForFirstRender(page);
  const panel = page.getByRole('complementary');
  await expect
    .poll(() => panel.getByRole('alert').textContent(), { timeout: 30_000 })
    .toMatch(/Concepts and resources could not be loaded/);
  expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('Linear Algebra Fundamentals');
  expect(await page.getByRole('heading', { name: 'Atlas could not show this graph' }).count()).toBe(0);

  // The map still moves and draws: zoomed in, it shows another picture, still in the paths' colours.
  const before = await page.locator('.map canvas').last().screenshot();
  await page.getByRole('button', { name: /zoom in/i }).click();
  await expect.poll(async () => Buffer.compare(await page.locator('.map canvas').last().screenshot(), before) !== 0).toBe(true);
  expect((await mapInk(page)).pathColour).toBeGreaterThan(100);

  // Search reads the search part, not the chunks: a concept still leads to its topic.
  const search = page.getByRole('combobox', { name: /search/i });
  await search.fill('eigenvectors');
  const concept = page.getByRole('option', { name: /Eigenvalues, eigenvectors/ }).first();
  await expect.poll(() => concept.count()).toBe(1);
  await concept.click();
  expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('Linear Algebra Fundamentals');
  await page.close();
});

it('asks again for details that failed, and makes the plan that waited for them with them', async () => {
  const page = await chromium().newPage({ viewport: { width: 1280, height: 800 } });
  await page.route(CHUNK, (route) => route.fulfill({ status: 500, body: 'gone', contentType: 'text/plain' }));
  const goal = encodeURIComponent(LINEAR_ALGEBRA);
  await page.goto(`${inject('atlasUrl')}?target=${goal}&node=${goal}`);
  await waitForFirstRender(page);
  const panel = page.getByRole('complementary');
  const failed = panel.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect.poll(() => failed.count(), { timeout: 30_000 }).toBe(1);
  expect(await failed.textContent()).toMatch(/answered 500 Internal Server Error/);
  expect(await conceptList(page)).toMatch(/Not loaded\.$/);
  const exports = page.getByRole('group', { name: 'Download the plan' }).getByRole('button').first();
  await expect.poll(() => exports.isDisabled(), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => page.locator('.planner').getByRole('alert').filter({ hasText: 'could not be loaded' }).count()).toBe(1);

  // The server is back: one "Try again" fetches what failed, for every view that waits for it.
  await page.unroute(CHUNK);
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => panel.getByRole('link', { name: /3Blue1Brown/ }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
  expect(await panel.getByRole('alert').count()).toBe(0);
  expect(await conceptList(page)).toMatch(/Eigenvalues/);
  await expect.poll(() => exports.isDisabled(), { timeout: 30_000 }).toBe(false);
  expect(await page.locator('.planner').getByRole('alert').count()).toBe(0);
  await page.close();
});

it('exports the graph the CLI writes, byte for byte, fetching every chunk first', async () => {
  const page = await chromium().newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(inject('atlasUrl'));
  await waitForFirstRender(page);
  const saved = page.waitForEvent('download');
  await page.getByText('Export', { exact: true }).click();
  await page.getByRole('button', { name: 'graphology JSON' }).click();
  const json = EXPORTERS.find((e) => e.id === 'json');
  const cli = json?.run((await loadDocs(DEFAULT_DOCS)).graph);
  expect(readFileSync((await (await saved).path()) as string, 'utf8')).toBe(cli);
  await page.close();
});

it("draws the map before the app's code has arrived, and the app takes that same map over where it stands", async () => {
  const page = await chromium().newPage({ viewport: { width: 1280, height: 800 } });
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/mount-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(inject('atlasUrl'));
  await waitForFirstRender(page);
  // The app is not there yet (no view switch, no planner), and the map is, in its paths' colours.
  expect(await page.getByRole('group', { name: 'View' }).count()).toBe(0);
  expect((await mapInk(page)).pathColour).toBeGreaterThan(100);
  const where = () => page.locator('.sigma-container').evaluate((e) => JSON.stringify(e.getBoundingClientRect()));
  const before = await where();
  await page.locator('.sigma-container').evaluate((e) => ((e as HTMLElement).dataset.drawnFirst = 'yes'));
  release();
  await expect.poll(() => page.getByRole('group', { name: 'View' }).count()).toBe(1);
  // One map, the one drawn first, in the same place; and the app's controls move it.
  expect(await page.locator('.sigma-container').count()).toBe(1);
  expect(await page.locator('.sigma-container').getAttribute('data-drawn-first')).toBe('yes');
  expect(await where()).toBe(before);
  const picture = await page.locator('.map canvas').last().screenshot();
  await page.getByRole('button', { name: /zoom in/i }).click();
  await expect.poll(async () => Buffer.compare(await page.locator('.map canvas').last().screenshot(), picture) !== 0).toBe(true);
  await page.close();
});
