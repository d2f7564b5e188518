// "Open your own documents": a docs folder chosen in the page is built in a Web Worker by the same
// core and shown like the default graph, with its diagnostics; no policy violation, no console error.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { openExplorer } from './explorer-page';

let browser: Browser;
let tmp: string;
let docs: string;
beforeAll(async () => {
  browser = await launchChromium();
  tmp = mkdtempSync(join(tmpdir(), 'atlas-open-folder-'));
  docs = join(tmp, 'my-docs');
  mkdirSync(join(docs, 'local'), { recursive: true });
  writeFileSync(join(docs, 'local', '_category_.json'), JSON.stringify({ label: 'Local Path', position: 1 }));
  writeFileSync(
    join(docs, 'local', 'basics.md'),
    [
      '---',
      'title: Local Basics',
      '---',
      '# Local Basics',
      '',
      '## Basics',
      '- **What you Need to Know**',
      '  - **Local Topic**',
      '    - something to learn',
      '    - **Resources:**',
      '      - [Local Resource](https://example.com/local) - a page',
      '',
    ].join('\n'),
  );
  // Invalid YAML front matter: reported at line 2 of this file.
  writeFileSync(join(docs, 'local', 'broken.md'), ['---', 'title: [unclosed', '---', '# Broken', ''].join('\n'));
  // Neither a document nor a category: never read.
  writeFileSync(join(docs, 'local', 'notes.txt'), 'not a document');
});
afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

it('builds a chosen docs folder in the browser and shows its graph and diagnostics', async () => {
  const { page, errors, dialogs, cspViolations } = await openExplorer(browser, inject('atlasUrl'));
  // The test server sends no policy header, and a worker's policy comes from its own response:
  // give the worker script the page's policy, as a server sending it with every response would.
  const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  expect(policy).toContain("script-src 'self'");
  await page.route(/build-worker[^/]*\.js$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': policy },
    });
  });
  await page.getByTestId('open-folder-input').setInputFiles(docs);
  await expect.poll(() => page.locator('.open-folder-status').textContent()).toMatch(/Showing my-docs: 3 files, 1 diagnostics/);
  await expect.poll(() => page.locator('.dataset').textContent()).toBe('my-docs');

  // The broken file's diagnostic, with its file and line, in the diagnostics panel.
  await page.getByText(/Build diagnostics/).click();
  const diagnostics = page.locator('.diagnostics');
  await expect.poll(() => diagnostics.locator('summary').textContent()).toContain('1 errors');
  expect(await diagnostics.locator('li code').allTextContents()).toEqual(['local/broken.md:2']);
  expect(await diagnostics.locator('li').first().textContent()).toContain('invalid YAML front matter');

  // The local topic is in the graph: the search finds it and its resource is listed.
  const search = page.getByRole('combobox', { name: /search/i });
  await search.fill('local topic');
  await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Local Topic');
  await search.press('Enter');
  const panel = page.getByRole('complementary');
  await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Local Topic');
  expect(await panel.getByRole('link', { name: 'Local Resource' }).getAttribute('href')).toBe('https://example.com/local');
  // ... and so does the outline.
  await page.getByRole('button', { name: 'Outline' }).click();
  await expect.poll(() => page.locator('.outline').textContent()).toContain('Local Topic');

  expect(dialogs).toEqual([]);
  expect(await cspViolations()).toEqual([]);
  // The worker hands its own policy violations to the page as console errors (none here: zod runs jitless).
  expect(errors).toEqual([]);
});
