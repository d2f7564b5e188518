// Feedback for authors in real Chromium against the built page: on Deep Learning Frameworks a
// learner suggests it needs Software Engineering Practices first and reports its prerequisite
// Neural Network Fundamentals as wrong; the suggestions survive a reload, download as a curation
// patch, an issue text and the file `atlas check --suggestions` reads, and can be removed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './browser';
import { ROOT } from './build';
import { openExplorer, waitForFirstRender } from './explorer-page';

const atlasUrl = inject('atlasUrl');
const chromium = useChromium();

const ML = 'machine-learning-engineering/prerequisites#';
const feedback = (page: Page) => page.getByRole('region', { name: 'Feedback for authors' });
/** The "this edge is wrong" toggle beside a prerequisite in the node panel. */
const wrongEdge = (page: Page, prerequisite: string) =>
  page
    .getByRole('complementary')
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: prerequisite, exact: true }) })
    .getByRole('button', { name: 'This edge is wrong' });
const suggestions = (page: Page) => page.getByRole('list', { name: 'Suggestions' }).locator('li > span').allTextContents();

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), feedback(page).getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

describe('feedback for authors', () => {
  it('suggests a prerequisite and reports a wrong edge on Deep Learning Frameworks, keeps both over a reload and downloads them', async () => {
    const { page, errors, cspViolations } = await openExplorer(
      chromium(),
      `${atlasUrl}?node=${encodeURIComponent(`${ML}deep-learning-frameworks`)}`,
    );
    const side = page.getByRole('complementary');
    await expect.poll(() => side.getByRole('heading', { level: 2 }).textContent()).toBe('Deep Learning Frameworks');

    await side.getByLabel('This needs first').fill('Software Engineering Practices');
    await side.getByRole('button', { name: 'Suggest', exact: true }).click();
    await expect
      .poll(() => side.getByRole('status').textContent())
      .toContain('Suggested: Deep Learning Frameworks needs Software Engineering Practices first.');
    const wrong = wrongEdge(page, 'Neural Network Fundamentals');
    await wrong.click();
    await expect.poll(() => wrong.getAttribute('aria-pressed')).toBe('true');

    const expected = [
      'Deep Learning Frameworks needs Software Engineering Practices first',
      'Neural Network Fundamentals → Deep Learning Frameworks is wrong',
    ];
    await expect.poll(() => suggestions(page)).toEqual(expected);

    await page.reload();
    await waitForFirstRender(page);
    await expect.poll(() => suggestions(page)).toEqual(expected);
    await expect.poll(() => wrongEdge(page, 'Neural Network Fundamentals').getAttribute('aria-pressed')).toBe('true');

    const patch = await download(page, 'Curation patch');
    expect(patch.name).toMatch(/\.yaml$/);
    expect(patch.text).toMatch(/^topics:\n {2}Deep Learning Frameworks:\n {4}Software Engineering Practices: /m);
    expect(patch.text).toMatch(/^reject:\n {2}Deep Learning Frameworks:\n {4}Neural Network Fundamentals: /m);

    const issue = await download(page, 'Issue text');
    expect(issue.text).toMatch(/\*\*Deep Learning Frameworks\*\* \(.+:\d+\) needs \*\*Software Engineering Practices\*\* first/);
    expect(issue.text).toMatch(/\*\*Neural Network Fundamentals\*\* → \*\*Deep Learning Frameworks\*\* \(.+:\d+\) looks wrong/);

    const file = await download(page, 'Suggestions file');
    expect(JSON.parse(file.text)).toEqual({
      version: 1,
      suggestions: [
        { type: 'needs', topic: `${ML}deep-learning-frameworks`, needs: `${ML}software-engineering-practices` },
        { type: 'wrong-edge', from: `${ML}neural-network-fundamentals`, to: `${ML}deep-learning-frameworks` },
      ],
    });
    // The CLI reads what the page wrote and reports both as not yet in the documents.
    const saved = await (
      await Promise.all([page.waitForEvent('download'), feedback(page).getByRole('button', { name: 'Suggestions file' }).click()])
    )[0].path();
    const check = spawnSync(process.execPath, ['src/cli/bin.mjs', 'check', 'graph/docs', '--suggestions', saved, '--format', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const found = (JSON.parse(check.stdout) as { code: string; message: string }[])
      .filter((d) => d.code === 'suggestion')
      .map((d) => d.message);
    expect(found).toEqual([
      expect.stringContaining('"Deep Learning Frameworks" needs "Software Engineering Practices" first'),
      expect.stringContaining('"Neural Network Fundamentals" → "Deep Learning Frameworks" as wrong'),
    ]);

    // Removing is the undo.
    await feedback(page)
      .getByRole('button', { name: `Remove: ${expected[1] as string}` })
      .click();
    await expect.poll(() => suggestions(page)).toEqual([expected[0]]);
    await expect.poll(() => wrongEdge(page, 'Neural Network Fundamentals').getAttribute('aria-pressed')).toBe('false');

    expect(errors).toEqual([]);
    expect(await cspViolations()).toEqual([]);
    await page.close();
  });

  it('resets corrupted saved suggestions with a notice, and the page keeps working', async () => {
    const { page, errors } = await openExplorer(chromium(), atlasUrl);
    // The sidebar (which reads the saved suggestions) loads after the map: corrupt them once it has.
    await page.getByRole('heading', { name: 'Planner' }).waitFor();
    await page.evaluate(() => localStorage.setItem('atlas:suggestions', '{"version":1,"state":{"suggestions":[{"type":"needs"}]}}'));
    await page.goto(`${atlasUrl}?node=${encodeURIComponent(`${ML}deep-learning-frameworks`)}`);
    await waitForFirstRender(page);
    await expect
      .poll(() => feedback(page).getByRole('alert').textContent())
      .toMatch(/saved suggestions for the authors could not be read, so they were reset/);
    await page.getByRole('complementary').getByLabel('This needs first').fill('Software Engineering Practices');
    await page.getByRole('complementary').getByRole('button', { name: 'Suggest', exact: true }).click();
    await expect.poll(() => suggestions(page)).toEqual(['Deep Learning Frameworks needs Software Engineering Practices first']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
