// `atlas site` and the Docusaurus plugin: the explorer for one docs tree as static files. The page
// itself is built once, without data, when the package is packed (`vite build --mode site`, into
// dist/site); this writes a copy of it with the tree's data parts beside it, servable from any path.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AtlasError } from '../core/errors.ts';
import type { BuildResult } from '../core/index.ts';
import { dataFiles } from '../core/map/index.ts';

/** dist/site of the package: found upwards from this module, whether it runs from src/ or from dist/. */
export function siteShellDir(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const shell = join(dir, 'dist', 'site');
    if (existsSync(join(shell, 'index.html'))) return shell;
    if (existsSync(join(dir, 'package.json')) || dirname(dir) === dir) {
      throw new AtlasError(`the explorer's page is not built (no ${shell}); run \`npm run build:package\` in Atlas's folder`);
    }
  }
}

/** A sub-path as a URL prefix: "/", or "/sub/path/" with one slash each side. */
export function normalizeBase(base: string): string {
  if (!/^\/[\w\-./~%]*$/.test(base) || base.includes('..')) throw new AtlasError(`--base takes a path such as /sub/path/, got "${base}"`);
  return `/${base.split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');
}

/**
 * The site's index.html: the map part's placeholder link names the written file (which names the
 * other parts, beside it), and with a base every relative URL is made absolute under it (a page
 * served at /sub/path without its trailing slash would otherwise resolve `./assets` one folder up).
 */
export function sitePage(html: string, parts: { map: string }, base?: string): string {
  let page = html.replace(/(<link[^>]*href=")\.\/assets\/atlas-data\.json("[^>]*data-atlas-part="map")/, `$1./assets/${parts.map}$2`);
  if (base !== undefined) page = page.replace(/((?:src|href)=")\.\//g, `$1${base}`);
  return page;
}

/** Writes the explorer for `result` into `outDir`; returns the files written. */
export async function writeSite(
  result: BuildResult,
  outDir: string,
  options: { base?: string; shellDir?: string } = {},
): Promise<string[]> {
  const shell = options.shellDir ?? siteShellDir();
  const { map, files } = dataFiles(
    result,
    (prefix, json) => `${prefix}-${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`,
  );
  await mkdir(outDir, { recursive: true });
  await cp(shell, outDir, { recursive: true });
  const written: string[] = [];
  for (const f of files) {
    await writeFile(join(outDir, 'assets', f.name), f.json);
    written.push(`assets/${f.name}`);
  }
  const html = await readFile(join(shell, 'index.html'), 'utf8');
  await writeFile(
    join(outDir, 'index.html'),
    sitePage(html, { map }, options.base === undefined ? undefined : normalizeBase(options.base)),
  );
  return ['index.html', ...written];
}

/**
 * What `atlas site` wrote, in a line: its data files by part, not by name (a 50k-topic tree writes
 * some 250 chunks of details).
 */
export function describeSite(files: readonly string[]): string {
  const chunks = files.filter((f) => f.startsWith('assets/atlas-details-')).length;
  const parts = [
    ...files.filter((f) => !f.startsWith('assets/')),
    ...(files.some((f) => f.startsWith('assets/atlas-data-')) ? ['the map part'] : []),
    ...(chunks > 0 ? [`${chunks} chunk${chunks === 1 ? '' : 's'} of concepts and resources`] : []),
    ...(files.some((f) => f.startsWith('assets/atlas-search-')) ? ['the search part'] : []),
  ];
  return `${parts.join(', ')} and the page's assets`;
}
