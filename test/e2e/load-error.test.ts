// A graph that fails to load says why: never a blank page.
import { expect, inject, it } from 'vitest';
import { useChromium } from './browser';

const chromium = useChromium();

it.each([
  ['a server error', { status: 500, body: 'upstream exploded' }, /answered 500/],
  ['data that is not JSON', { status: 200, body: '<html>not json</html>' }, /not graph data/],
  ['JSON that is not a graph', { status: 200, body: '{"name":"x"}' }, /incomplete/],
])('explains %s instead of showing a blank page', async (_name, reply, message) => {
  const page = await chromium().newPage();
  await page.route(/atlas-data-[^/]*\.json/, (route) => route.fulfill({ ...reply, contentType: 'application/json' }));
  await page.goto(inject('atlasUrl'));
  const alert = page.getByRole('alert');
  await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toMatch(message);
  expect(await alert.getByRole('heading').textContent()).toBe('Atlas could not show this graph');
  await page.close();
});
