// Atlas as a Docusaurus 3 plugin (`<package>/docusaurus`): the site's own docs, as the explorer, at
// `<baseUrl>atlas/`. `docusaurus build` writes it into the build; `docusaurus start` serves it from
// the dev server, written again when a document changes. It reads the folder the docs plugin reads.
import { join, resolve } from 'node:path';

export interface AtlasPluginOptions {
  /** Where the explorer is served, under the site's baseUrl. Default "atlas". */
  route?: string;
  /** A navbar link to the explorer: its label, or false for none. Default "Atlas". */
  navbar?: string | false;
  /** The curation folder (reviewed prerequisites). Default: the `curation` folder beside the docs. */
  curation?: string;
  /** The docs folder, when the site has no docs plugin or several. Default: the docs plugin's `path`. */
  docs?: string;
  /**
   * Your own subject prerequisites: a knowledge YAML file, or a folder of them, added to the knowledge
   * base Atlas ships; false leaves Atlas's out. Default: Atlas's alone.
   */
  knowledge?: string | false;
}

/** The subset of Docusaurus's LoadContext and Plugin types this plugin uses (no runtime dependency). */
interface LoadContext {
  siteDir: string;
  generatedFilesDir: string;
  baseUrl: string;
  siteConfig: { themeConfig?: { navbar?: { items?: unknown[] } } };
}
interface DocsContent {
  loadedVersions?: { contentPath: string }[];
}
interface Plugin {
  name: string;
  allContentLoaded: (args: { allContent: Record<string, Record<string, unknown> | undefined> }) => Promise<void>;
  postBuild: (args: { outDir: string }) => Promise<void>;
  configureWebpack: (config: unknown, isServer: boolean) => Record<string, unknown>;
  getPathsToWatch: () => string[];
}

const PLUGIN_NAME = 'atlas-docusaurus-plugin';
const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';

/** The route as path segments: "atlas", "learn/atlas"; never a way out of the build folder. */
function routeOf(route: string): string {
  const segments = route.split('/').filter(Boolean);
  if (segments.length === 0 || segments.some((s) => s === '.' || s === '..' || !/^[\w\-.~]+$/.test(s)))
    throw new Error(`atlas/docusaurus: route "${route}" is not a path such as "atlas" or "learn/atlas"`);
  return segments.join('/');
}

export default function atlasPlugin(context: LoadContext, options: AtlasPluginOptions = {}): Plugin {
  const route = routeOf(options.route ?? 'atlas');
  const base = `${context.baseUrl.replace(/\/?$/, '/')}${route}/`;
  // Until the docs plugin has loaded: its default folder.
  let docsDir = resolve(context.siteDir, options.docs ?? 'docs');
  const curationDir = options.curation === undefined ? undefined : resolve(context.siteDir, options.curation);
  const knowledgePath = typeof options.knowledge === 'string' ? resolve(context.siteDir, options.knowledge) : undefined;

  const navbar = options.navbar ?? 'Atlas';
  if (navbar !== false) {
    const bar = ((context.siteConfig.themeConfig ??= {}).navbar ??= {});
    // pathname:// keeps Docusaurus's router out: the explorer is its own page, not a React route.
    (bar.items ??= []).push({ to: `pathname://${base}`, label: navbar, position: 'left' });
  }

  // Written once the docs are loaded, for `docusaurus start` to serve and `docusaurus build` to copy.
  const written = join(context.generatedFilesDir, PLUGIN_NAME, ...route.split('/'));

  return {
    name: PLUGIN_NAME,

    async allContentLoaded({ allContent }) {
      // The docs plugin's own resolved folder, when it ran: the same folder it reads, whatever its options.
      const docs = allContent[DOCS_PLUGIN]?.default as DocsContent | undefined;
      const path = options.docs === undefined ? docs?.loadedVersions?.[0]?.contentPath : undefined;
      if (path !== undefined) docsDir = path;
      const [{ loadDocs, knowledgeFiles }, { writeSite }, { rm }, { stageLog }] = await Promise.all([
        import('../node/read-tree.ts'),
        import('../node/site.ts'),
        import('node:fs/promises'),
        import('../node/stage-log.ts'),
      ]);
      const knowledge = {
        shipped: options.knowledge !== false,
        files: knowledgePath === undefined ? [] : await knowledgeFiles(knowledgePath),
      };
      const result = await loadDocs(docsDir, {
        knowledge,
        ...(curationDir === undefined ? {} : { curationDir }),
        // A large docs tree builds for a while: its stages go to the site build's output.
        onProgress: stageLog((line) => console.log(line)),
      });
      await rm(written, { recursive: true, force: true });
      await writeSite(result, written, { base });
    },

    async postBuild({ outDir }) {
      const { cp } = await import('node:fs/promises');
      await cp(written, join(outDir, ...route.split('/')), { recursive: true });
    },

    getPathsToWatch() {
      // A change reloads the plugin's content: allContentLoaded writes the explorer again.
      return [
        join(docsDir, '**/*.{md,mdx,json}'),
        ...(curationDir ? [join(curationDir, '*.{yml,yaml}')] : []),
        ...(knowledgePath ? [knowledgePath, join(knowledgePath, '*.{yml,yaml}')] : []),
      ];
    },

    configureWebpack(_config, isServer) {
      // `docusaurus start`: the dev server serves the written explorer beside the site's static folders.
      return isServer ? {} : { devServer: { static: [{ publicPath: base, directory: written }] } };
    },
  };
}
