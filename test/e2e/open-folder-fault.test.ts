// A docs folder whose build throws midway in the page's worker: the page keeps the map it showed
// and says what went wrong, and a later folder still opens.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { openExplorer } from './explorer-page';

let browser: Browser;
let tmp: string;

const doc = (title: string) =>
  ['# ' + title, '', '## Basics', '- **What you Need to Know**', `  - **${title} Topic**`, '    - a concept', ''].join('\n');

function folder(name: string, title: string): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'p'), { recursive: true });
  writeFileSync(join(dir, 'p', 'doc.md'), doc(title));
  return dir;
}

beforeAll(async () => {
  browser = await launchChromium();
  tmp = mkdtempSync(join(tmpdir(), 'atlas-open-folder-fault-'));
});
afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/**
 * Serve the real build worker, made to throw after the graph is built and before the map is laid
 * out when `fault()` says so: a fault midway through the same code the page runs.
 */
async function faultyWorker(page: Page, fault: () => boolean): Promise<void> {
  await page.route(/build-worker[^/]*\.js$/, async (route) => {
    const response = await route.fetch();
    let body = await response.text();
    const midway = /(["'`])Laying out the map…\1/;
    expect(body).toMatch(midway);
    if (fault()) body = body.replace(midway, '(() => { throw new Error("the build failed midway") })()');
    await route.fulfill({ response, body });
  });
}

it('keeps the previous map and shows the error when a folder build throws midway', async () => {
  const { page, dialogs } = await openExplorer(browser, inject('atlasUrl'));
  let failing = false;
  await faultyWorker(page, () => failing);
  const status = page.locator('.open-folder-status');
  const input = page.getByTestId('open-folder-input');

  await input.setInputFiles(folder('first-docs', 'First'));
  await expect.poll(() => status.textContent()).toMatch(/Showing first-docs: 1 files/);
  await expect.poll(() => page.locator('.dataset').textContent()).toBe('first-docs');

  failing = true;
  await input.setInputFiles(folder('broken-docs', 'Broken'));
  await expect.poll(() => page.getByRole('alert').textContent()).toBe('Could not build broken-docs: the build failed midway');
  // The map and its data are the first folder's still.
  expect(await page.locator('.dataset').textContent()).toBe('first-docs');
  const search = page.getByRole('combobox', { name: /search/i });
  await search.fill('first topic');
  await expect.poll(() => page.getByRole('option').first().textContent()).toContain('First Topic');
  await search.fill('broken topic');
  await expect.poll(() => page.getByRole('option').first().textContent()).not.toContain('Broken Topic');
  expect((await page.getByRole('option').allTextContents()).filter((t) => t.includes('Broken Topic'))).toEqual([]);

  // The page is not stuck: the next folder opens.
  failing = false;
  await input.setInputFiles(folder('third-docs', 'Third'));
  await expect.poll(() => page.locator('.dataset').textContent()).toBe('third-docs');
  expect(dialogs).toEqual([]);
});
