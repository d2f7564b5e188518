// The package build (`npm run build:package`, run by `npm pack`): the CLI, the library and the
// Docusaurus plugin compiled to JavaScript with bundled type declarations, so that an installed
// Atlas needs no TypeScript toolchain. Dependencies stay external: npm installs them.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsdown';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const shared = {
  platform: 'node',
  target: 'node20',
  outDir: 'dist',
  clean: false,
  define: { __ATLAS_VERSION__: JSON.stringify(version) },
} as const;

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/core/index.ts', cli: 'src/cli/atlas.ts' },
    format: 'esm',
    dts: { entry: 'src/core/index.ts' } as never,
    // The default knowledge base the prerequisite inference reads, when there is one.
    copy: [{ from: 'src/core/prereq/knowledge/*.yaml', to: 'dist/knowledge' }],
  },
  // Docusaurus loads a site's plugins with require() or import(), depending on the site: both.
  { ...shared, entry: { docusaurus: 'src/docusaurus/index.ts' }, format: ['esm', 'cjs'], dts: true, shims: true },
]);
