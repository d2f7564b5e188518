// The explorer's page speed (issue 5): on the shared corpus, time from navigation to the
// `atlas:first-render` mark, and frame times while panning and zooming, for the built explorer
// and, in the same run and browser, a bare sigma page (bench/bare) drawing the same nodes and
// edges with sigma's default settings. Headless Chromium renders WebGL in software here, so
// frame times are the CPU's, not a GPU's: compare the two rows, not absolute numbers.
//
//   npx tsx bench/page.ts [--runs N]       (ATLAS_DOCS picks the docs folder; default the corpus)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { atlasData } from '../src/vite/atlas-data';
import { CHROMIUM, launchChromium } from '../test/e2e/browser';
import { buildPage } from '../test/e2e/build';
import { serveStatic } from '../test/e2e/static-server';

export interface PageRow {
  page: 'explorer' | 'bare sigma';
  nodes: number;
  edges: number;
  /** Median over the runs of navigation start → atlas:first-render. */
  firstRenderMs: number;
  dataLoadedMs: number;
  /** Animation-frame intervals while the camera pans and zooms, over all runs. */
  frameMedianMs: number;
  frameP95Ms: number;
  frames: number;
  runs: number;
}

const CORPUS = fileURLToPath(new URL('../../shared/corpus', import.meta.url));
const BARE = fileURLToPath(new URL('./bare', import.meta.url));

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : (s[Math.min(s.length - 1, Math.floor(q * s.length))] as number);
};
const round = (n: number): number => Math.round(n * 10) / 10;

interface Run {
  firstRender: number;
  dataLoaded: number;
  frames: number[];
}

async function measure(browser: Browser, url: string): Promise<Run> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('atlas:first-render').length > 0, null, { timeout: 120_000 });
    const [firstRender, dataLoaded] = await page.evaluate(() => ['atlas:first-render', 'atlas:data-loaded'].map((m) => performance.getEntriesByName(m)[0]?.startTime ?? NaN));
    await page.waitForTimeout(500);
    return { firstRender: firstRender as number, dataLoaded: dataLoaded as number, frames: await panAndZoom(page) };
  } finally {
    await page.close();
  }
}

/**
 * Pans and zooms the map from inside the page, one step per animation frame, so that every frame
 * has a camera change to draw; returns the intervals between frames. Synthetic pointer and wheel
 * events go to sigma's top canvas, the way a reader's would. A string, not a function: tsx would
 * wrap a function's inner names in a helper that the page lacks.
 */
const PAN_AND_ZOOM = `new Promise((resolve) => {
  const canvases = document.querySelectorAll('canvas');
  const target = canvases[canvases.length - 1];
  const r = target.getBoundingClientRect();
  const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
  const mouse = (type, x, y) => target.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, cancelable: true, button: 0, buttons: 1 }));
  const stamps = [];
  let i = 0;
  mouse('mousedown', cx, cy);
  const tick = (t) => {
    stamps.push(t);
    i++;
    if (i <= 90) mouse('mousemove', cx + Math.sin(i / 8) * 200, cy + Math.cos(i / 8) * 120);
    else if (i === 91) mouse('mouseup', cx, cy);
    else if (i % 12 === 0) target.dispatchEvent(new WheelEvent('wheel', { clientX: cx, clientY: cy, deltaY: i < 150 ? -200 : 200, bubbles: true, cancelable: true }));
    if (i < 210) requestAnimationFrame(tick);
    else resolve(stamps.slice(1).map((s, k) => s - stamps[k]));
  };
  requestAnimationFrame(tick);
})`;

async function panAndZoom(page: Page): Promise<number[]> {
  return (await page.evaluate(PAN_AND_ZOOM)) as number[];
}

export async function benchPage(_sizes?: number[], log: (line: string) => void = console.error, runs = 3): Promise<PageRow[]> {
  const docs = process.env.ATLAS_DOCS ?? CORPUS;
  if (!existsSync(docs)) {
    log(`page: skipped, no docs folder at ${docs} (set ATLAS_DOCS)`);
    return [];
  }
  if (!existsSync(CHROMIUM)) {
    log(`page: skipped, no Chromium at ${CHROMIUM}`);
    return [];
  }
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-bench-page-'));
  try {
    log(`page: building the explorer and the bare sigma page for ${docs}`);
    await buildPage(join(tmp, 'explorer'), docs);
    await build({ configFile: false, root: BARE, logLevel: 'error', plugins: [atlasData({ docs })], build: { outDir: join(tmp, 'bare'), emptyOutDir: true, target: 'es2022' } });
    const servers = { explorer: await serveStatic(join(tmp, 'explorer')), 'bare sigma': await serveStatic(join(tmp, 'bare')) };
    const browser = await launchChromium();
    const results: Record<PageRow['page'], Run[]> = { explorer: [], 'bare sigma': [] };
    try {
      // Alternate the pages so that a slow moment of the machine hits both alike.
      for (let r = 0; r < runs; r++) {
        for (const name of ['explorer', 'bare sigma'] as const) {
          log(`page: ${name}, run ${r + 1} of ${runs}`);
          results[name].push(await measure(browser, servers[name].url));
        }
      }
    } finally {
      await browser.close();
      await Promise.all(Object.values(servers).map((s) => s.close()));
    }
    const { nodes, edges } = await shownCounts(join(tmp, 'bare'));
    return (['explorer', 'bare sigma'] as const).map((name) => {
      const rs = results[name];
      const frames = rs.flatMap((x) => x.frames);
      return {
        page: name,
        nodes,
        edges,
        firstRenderMs: round(quantile(rs.map((x) => x.firstRender), 0.5)),
        dataLoadedMs: round(quantile(rs.map((x) => x.dataLoaded), 0.5)),
        frameMedianMs: round(quantile(frames, 0.5)),
        frameP95Ms: round(quantile(frames, 0.95)),
        frames: frames.length,
        runs: rs.length,
      };
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The nodes and edges both pages draw by default, read back from the built graph JSON. */
async function shownCounts(dir: string): Promise<{ nodes: number; edges: number }> {
  const { readdirSync, readFileSync } = await import('node:fs');
  const file = readdirSync(join(dir, 'assets')).find((f) => f.startsWith('atlas-data-'));
  if (file === undefined) return { nodes: NaN, edges: NaN };
  const payload = JSON.parse(readFileSync(join(dir, 'assets', file), 'utf8')) as import('../src/vite/payload').AtlasPayload;
  const shown = new Set(payload.graph.nodes.map(([, a], i) => (payload.layout[i] && ['topic', 'milestone', 'pathway'].includes(String(a.kind)) ? i : -1)).filter((i) => i >= 0));
  return { nodes: shown.size, edges: payload.graph.edges.filter(([f, t, a]) => a.kind === 'requires' && shown.has(f) && shown.has(t)).length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
  const rows = await benchPage(undefined, console.error, Number(values.runs));
  if (rows.length > 0) console.table(rows);
}
