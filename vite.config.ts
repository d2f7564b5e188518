// The explorer's build (`npm start`, `npm run build`) and the test runner's configuration.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { atlasData } from './src/vite/atlas-data.ts';
import { cspOnlyInBuild } from './src/vite/csp.ts';

/** The page's entry: what it imports statically is what draws the first map. */
const ENTRY = fileURLToPath(new URL('./src/app/main.ts', import.meta.url));

/**
 * Everything the entry imports statically goes into one chunk: the first map waits for all of it,
 * and a dozen small chunks queue behind the data on a browser's six connections to a host. Not the
 * entry itself: it awaits the app's chunk, which imports this one (a cycle through a top-level
 * await never finishes).
 */
function firstMapChunks(): (id: string, ctx: ChunkingContext) => string | null {
  let modules: Set<string> | null = null;
  return (id, ctx) => {
    if (modules === null) {
      const found = new Set<string>();
      const walk = (at: string) => {
        if (found.has(at)) return;
        found.add(at);
        for (const next of ctx.getModuleInfo(at)?.importedIds ?? []) walk(next);
      };
      for (const next of ctx.getModuleInfo(ENTRY)?.importedIds ?? []) walk(next);
      modules = found;
    }
    return modules.has(id) ? 'first-map' : null;
  };
}
type ChunkingContext = { getModuleInfo: (id: string) => { importedIds: readonly string[] } | null };

export default defineConfig(({ mode }) => ({
  // Tests import modules directly; the page's plugins (and the docs build they start) are not needed there.
  plugins: mode === 'test' ? [] : [react(), atlasData({ site: mode === 'site' }), cspOnlyInBuild()],
  // `vite build --mode site` is the page without data that the package ships for `atlas site`: its
  // relative URLs let it be served from any path.
  ...(mode === 'site' ? { base: './' } : {}),
  build: {
    ...(mode === 'site' ? { outDir: 'dist/site', emptyOutDir: true } : {}),
    // sigma and graphology make one large chunk; splitting it would not load any faster.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: firstMapChunks(), debugName: 'first-map' }] } } },
  },
  test: {
    environment: 'node',
    projects: [
      // Some unit tests build the whole corpus, which takes seconds on a loaded two-core machine.
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', '**/node_modules/**'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/setup.ts'],
          // One Chromium at a time: software WebGL already keeps both cores busy.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // The page answers within milliseconds on a quiet machine, within seconds on a loaded one.
          expect: { poll: { timeout: 20_000, interval: 100 } },
        },
      },
    ],
  },
}));
