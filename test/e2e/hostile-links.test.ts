// Documents are untrusted: a `javascript:` link must reach the reader as text, never as a link.
// This page is built from a docs folder written for the test (see fixture.ts).
import { expect, inject, it } from 'vitest';
import { useChromium } from './browser';
import { openExplorer } from './explorer-page';
import { FIXTURE_TOPIC } from './fixture';

const chromium = useChromium();

it('shows a javascript: link as text and a https: link as a link', async () => {
  const { page, errors, cspViolations } = await openExplorer(
    chromium(),
    `${inject('hostileUrl')}?node=${encodeURIComponent(FIXTURE_TOPIC)}`,
  );
  const panel = page.getByRole('complementary');
  await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Topic With Links');
  expect(await panel.getByRole('link', { name: 'Good Resource' }).getAttribute('href')).toBe('https://example.com/good');
  expect(await panel.textContent()).toContain('Evil Resource');
  expect(await panel.textContent()).toContain('read this trick first');
  expect(await page.locator('a', { hasText: /Evil Resource|this trick/ }).count()).toBe(0);
  expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
  await page.getByText(/Build diagnostics/).click();
  expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
  expect(await cspViolations()).toEqual([]);
  expect(errors).toEqual([]);
});

it('draws documents full of unsafe links and raw HTML without running any of it', async () => {
  const { page, errors, dialogs, cspViolations } = await openExplorer(
    chromium(),
    `${inject('hostileUrl')}?node=${encodeURIComponent('hostile/unsafe-links#clicking')}`,
  );
  const panel = page.getByRole('complementary');
  await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Clicking');
  expect(await panel.getByRole('link', { name: 'Fine' }).getAttribute('href')).toBe('https://example.org/ok');
  await page.getByText(/Build diagnostics/).click();
  for (const href of await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
    expect(href).toMatch(/^(https?:|mailto:|#|\/|\.|\?|[\w-]+\.(json|gexf|graphml|csv|png))/i);
  await page.goto(`${inject('hostileUrl')}?view=outline`);
  await page.waitForTimeout(500);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(await page.locator('img[onerror], [onerror]').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(await cspViolations()).toEqual([]);
  expect(errors).toEqual([]);
});
