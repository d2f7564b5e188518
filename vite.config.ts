// The explorer's build (`npm start`, `npm run build`) and the test runner's configuration.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { atlasData } from './src/vite/atlas-data.ts';
import { cspOnlyInBuild } from './src/vite/csp.ts';

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
