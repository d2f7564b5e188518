// A built page draws the map from its first part and joins the concepts and resources in when the
// second arrives: a slow second part must not hold the map back, and must still arrive.
import { expect, inject, it } from 'vitest';
import { useChromium } from './browser';

const chromium = useChromium();
const LINEAR_ALGEBRA = 'machine-learning-engineering/prerequisites#linear-algebra-fundamentals';

it('draws the map and its topics before the concepts and resources arrive, then shows them', async () => {
  const page = await chromium().newPage();
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/atlas-details-[^/]*\.json/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${inject('atlasUrl')}?node=${encodeURIComponent(LINEAR_ALGEBRA)}`);
  await page.waitForFunction(() => performance.getEntriesByName('atlas:first-render').length > 0, null, { timeout: 60_000 });
  const panel = page.getByRole('complementary');
  await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Linear Algebra Fundamentals');
  expect(await panel.getByRole('link', { name: /3Blue1Brown/ }).count()).toBe(0);
  const waiting = page.getByRole('status').filter({ hasText: 'Loading concepts and resources' });
  expect(await waiting.count()).toBe(1);
  release();
  await expect.poll(() => panel.getByRole('link', { name: /3Blue1Brown/ }).count()).toBeGreaterThan(0);
  expect(await waiting.count()).toBe(0);
  expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('Linear Algebra Fundamentals');
  await page.close();
});

it('keeps the map when the concepts and resources fail to arrive, and says so', async () => {
  const page = await chromium().newPage();
  await page.route(/atlas-details-[^/]*\.json/, (route) => route.fulfill({ status: 500, body: 'gone', contentType: 'text/plain' }));
  await page.goto(`${inject('atlasUrl')}?node=${encodeURIComponent(LINEAR_ALGEBRA)}`);
  await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 30_000 }).toMatch(/Concepts and resources could not be loaded/);
  const panel = page.getByRole('complementary');
  expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('Linear Algebra Fundamentals');
  expect(await page.getByRole('heading', { name: 'Atlas could not show this graph' }).count()).toBe(0);
  await page.close();
});
