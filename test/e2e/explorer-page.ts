// Opening the built explorer in Chromium the way the tests need it: console errors and
// Content-Security-Policy violations recorded from the first byte, and the map drawn.
import type { Browser, Page } from 'playwright-core';

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions, in order. */
  errors: string[];
  /** alert/confirm/prompt dialogs opened: document text must never get to run one. */
  dialogs: string[];
  cspViolations: () => Promise<string[]>;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export async function openExplorer(
  browser: Browser,
  url: string,
  options: { width?: number; height?: number; waitForMap?: boolean } = {},
): Promise<OpenedPage> {
  // A context of its own, closed with the page: what @axe-core/playwright needs to analyse it. When
  // the browser closes first, it has closed the context already.
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 800 } });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => {}));
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => void errors.push(`uncaught: ${e.message}`));
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // Runs before any of the page's own code, so no violation can slip past.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations?.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  if (options.waitForMap !== false) {
    await waitForFirstRender(page);
    // The map is drawn before the app has loaded (first-map.ts): the app's controls come just after.
    await page.getByRole('group', { name: 'View' }).waitFor({ timeout: 60_000 });
  }
  return { page, errors, dialogs, cspViolations: () => page.evaluate(() => window.__cspViolations ?? []) };
}

export async function waitForFirstRender(page: Page): Promise<void> {
  // Software WebGL is slow: frames take tens of milliseconds, the first one longer.
  await page.waitForFunction(() => performance.getEntriesByName('atlas:first-render').length > 0, null, { timeout: 60_000 });
}

export interface InkCount {
  total: number;
  /** Pixels that are not background white. */
  ink: number;
  /** Saturated blue pixels: the first learning path's colour, drawn only by WebGL. */
  pathColour: number;
}

/** Decodes a PNG in a blank page (no policy there) and counts what is drawn on it. */
export async function countInk(browser: Browser, png: Buffer): Promise<InkCount> {
  const probe = await browser.newPage();
  try {
    return await probe.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let ink = 0;
      let pathColour = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i] as number, data[i + 1] as number, data[i + 2] as number];
        if (Math.max(255 - r, 255 - g, 255 - b) > 40) ink++;
        if (b - r > 50 && b > 120) pathColour++;
      }
      return { total: data.length / 4, ink, pathColour };
    }, png.toString('base64'));
  } finally {
    await probe.close();
  }
}
