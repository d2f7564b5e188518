// The Vite plugin that feeds the page: runs the core on the docs folder (ATLAS_DOCS, default
// graph/docs) at dev and build time, serves the result as JSON named by the `virtual:atlas-data`
// module, and tells the page to reload it when a document changes. The dev server sends one
// document; a build writes parts (src/core/map/payload.ts): the map's, which the page draws from,
// and, named in it, the details in chunks and their search text, fetched when the page needs them.
import { createHash } from 'node:crypto';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { loadDocs } from '../node/read-tree.ts';
import { stageLog } from '../node/stage-log.ts';
import { formatDiagnostic, formatSummary } from '../core/index.ts';
import { dataFiles, toPayload, type AtlasPayload } from '../core/map/index.ts';

export const VIRTUAL_ID = 'virtual:atlas-data';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const DEV_URL = '/@atlas/data.json';
export const UPDATE_EVENT = 'atlas:data-update';
/** The files whose change changes the graph: documents, folder metadata and curation. */
const WATCHED = /(\.mdx?|_category_\.json|\.ya?ml)$/i;

export interface AtlasDataOptions {
  /** The docs folder; defaults to $ATLAS_DOCS, then graph/docs, relative to the Vite root. */
  docs?: string;
  /**
   * Build the page without data, for `atlas site` to fill in (src/node/site.ts): the page reads
   * its data URLs from the `<link data-atlas-part>` tags that `atlas site` rewrites.
   */
  site?: boolean;
}

/** The map part's placeholder in the site shell's index.html: `atlas site` replaces its href (the map names the rest). */
export const SITE_PARTS = { map: './assets/atlas-data.json' } as const;

type Built = { ok: true; payload: AtlasPayload; json: string } | { ok: false; error: string };

async function buildPayload(docsDir: string, log: (line: string) => void): Promise<Built> {
  try {
    const result = await loadDocs(docsDir, { onProgress: stageLog(log) });
    const payload = toPayload(result);
    return { ok: true, payload, json: JSON.stringify(payload) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

export function atlasData(options: AtlasDataOptions = {}): Plugin {
  let config: ResolvedConfig;
  let docsDir = '';
  let current: Promise<Built> | null = null;
  let assetName = '';

  const report = (built: Built | { ok: true; payload: AtlasPayload }): void => {
    if (!built.ok) {
      config.logger.error(`atlas: cannot build the graph from ${docsDir}: ${built.error}`);
      return;
    }
    config.logger.info(`atlas: ${relative(config.root, docsDir) || docsDir}: ${formatSummary(built.payload.stats)}`);
    // The page lists every diagnostic; the terminal shows the first few problems as a nudge.
    for (const d of built.payload.diagnostics.filter((x) => x.level !== 'info').slice(0, 10))
      config.logger.warn(`  ${formatDiagnostic(d)}`);
  };

  return {
    name: 'atlas-data',
    configResolved(resolved) {
      config = resolved;
      docsDir = resolve(config.root, options.docs ?? process.env.ATLAS_DOCS ?? 'graph/docs');
    },

    async buildStart() {
      if (config.command !== 'build' || options.site) return;
      let result: Awaited<ReturnType<typeof loadDocs>>;
      try {
        result = await loadDocs(docsDir, { onProgress: stageLog((line) => config.logger.info(line)) });
      } catch (e) {
        const error = (e as Error).message;
        report({ ok: false, error });
        return this.error(`atlas: cannot build the graph from ${docsDir}: ${error}`);
      }
      const { map, payload, files } = dataFiles(
        result,
        (prefix, json) => `${prefix}-${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`,
      );
      report({ ok: true, payload });
      for (const f of files) this.emitFile({ type: 'asset', fileName: `assets/${f.name}`, source: f.json });
      assetName = `assets/${map}`;
    },

    transformIndexHtml() {
      if (options.site && config.command === 'build') {
        return Object.entries(SITE_PARTS).map(([part, href]) => ({
          tag: 'link',
          attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous', 'data-atlas-part': part },
          injectTo: 'head-prepend' as const,
        }));
      }
      // The page cannot start drawing before the graph arrives: fetch it alongside the script, and
      // first: the script's chunks would otherwise take the browser's few connections before it.
      if (config.command !== 'build' || assetName === '') return [];
      return [
        {
          tag: 'link',
          attrs: { rel: 'preload', href: `${config.base}${assetName}`, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head-prepend',
        },
      ];
    },

    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },

    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (options.site && config.command === 'build') {
        // Resolved against the document, so the same files work under any path `atlas site` puts them.
        const href = (part: string) => `document.querySelector('link[data-atlas-part="${part}"]')?.href ?? null`;
        return `export const dataUrl = ${href('map')} ?? '';\n`;
      }
      const url = config.command === 'build' ? `${config.base}${assetName}` : DEV_URL;
      return `export const dataUrl = ${JSON.stringify(url)};\n`;
    },

    configureServer(server: ViteDevServer) {
      const rebuild = (): Promise<Built> => {
        current = buildPayload(docsDir, (line) => config.logger.info(line));
        void current.then(report);
        return current;
      };
      rebuild();
      server.middlewares.use(DEV_URL, (_req, res) => {
        void (current ?? rebuild()).then((built) => {
          res.setHeader('Content-Type', 'application/json');
          res.setHeader('Cache-Control', 'no-store');
          if (!built.ok) res.statusCode = 500;
          res.end(built.ok ? built.json : JSON.stringify({ error: built.error }));
        });
      });

      const curationDir = join(docsDir, '..', 'curation');
      server.watcher.add([docsDir, curationDir]);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const inScope = (file: string): boolean => WATCHED.test(file) && [docsDir, curationDir].some((dir) => file.startsWith(dir + sep));
      server.watcher.on('all', (_event, file) => {
        if (!inScope(file)) return;
        // Editors write a file in several steps; one rebuild per burst.
        clearTimeout(timer);
        timer = setTimeout(() => {
          void rebuild().then(() => server.ws.send({ type: 'custom', event: UPDATE_EVENT, data: { at: Date.now() } }));
        }, 80);
      });
    },

    handleHotUpdate({ file }) {
      // A document is data, not a module: the custom event above is its whole hot update.
      if (WATCHED.test(file) && file.startsWith(docsDir + sep)) return [];
      return undefined;
    },
  };
}
