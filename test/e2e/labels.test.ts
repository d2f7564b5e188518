// The map at its default zoom names what it shows: every topic, milestone and pathway of the
// default documents has its label drawn, none hidden behind its neighbour's.
import { describe, expect, inject, it } from 'vitest';
import { labelLines } from '../../src/app/graph/labels';
import { loadDocs } from '../../src/node/read-tree';
import { useChromium } from './browser';
import { waitForFirstRender } from './explorer-page';
import { DEFAULT_DOCS } from '../helpers';

const atlasUrl = inject('atlasUrl');
const chromium = useChromium();

declare global {
  interface Window {
    __drawnText?: Set<string>;
  }
}

describe('labels at the default zoom', () => {
  it.each([
    [1280, 800],
    [1920, 1080],
  ])('at %i×%i name every topic, milestone and pathway', async (width, height) => {
    const { graph } = await loadDocs(DEFAULT_DOCS);
    const named = graph
      .filterNodes((_id, a) => a.kind === 'topic' || a.kind === 'milestone' || a.kind === 'pathway')
      .map((id) => graph.getNodeAttribute(id, 'label'));
    const context = await chromium().newContext({ viewport: { width, height } });
    const page = await context.newPage();
    // Every text drawn on a canvas, recorded from the page's first script on.
    await page.addInitScript(() => {
      const drawn = (window.__drawnText = new Set<string>());
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {
        drawn.add(text);
        return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
      };
    });
    await page.goto(atlasUrl);
    await waitForFirstRender(page);
    const missing = async () => {
      const drawn = new Set(await page.evaluate(() => [...(window.__drawnText ?? [])]));
      return named.filter((label) => !labelLines(label).every((line) => drawn.has(line)));
    };
    await expect.poll(missing).toEqual([]);
    await context.close();
  });
});
