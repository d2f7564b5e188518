// Lint: typescript-eslint's recommended rules on the sources, tests and benchmarks, and the import
// boundaries of DESIGN.md's house style, enforced here so that they cannot drift:
// - the shells (CLI, Vite plugin, Node reader, page and its worker) reach the core only through its
//   public entry points, never into a module that holds a rule;
// - the shells never import each other (src/node is the one adapter the CLI and the plugin share);
// - the core is pure (no React, sigma, Node or shell), and its layers point one way:
//   ingest reads documents and knows nothing of prerequisites, plans or maps; prereq knows nothing
//   of plans or maps; src/core/build.ts is the pipeline that calls ingest, then prereq.
import tseslint from 'typescript-eslint';

/** The core's public entry points: the library, its types and errors, the shared rules, the planner, the map, author feedback and the exporters. */
const CORE_ENTRY_POINTS = ['index', 'types', 'errors', 'rules', 'plan/index', 'map/index', 'feedback/index', 'export/index'];
// With or without the file's extension: the modules the Vite config loads name their files.
const INTO_THE_CORE = `(^|/)core/(?!(${CORE_ENTRY_POINTS.join('|')})(\\.ts)?$)`;

/** A relative import of another top-level folder of src/. */
const shell = (folder) => ({
  regex: `^(\\.\\.?/)+${folder}/`,
  message: `src/${folder}/ is another shell: shells never import each other.`,
});
const throughEntryPoints = {
  regex: INTO_THE_CORE,
  message: `Shells use the core through its entry points: src/core/{${CORE_ENTRY_POINTS.join(',')}}.ts.`,
};
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/app/**'], rules: restrict(throughEntryPoints, shell('cli'), shell('vite'), shell('node')) },
  { files: ['src/cli/**'], rules: restrict(throughEntryPoints, shell('app'), shell('vite')) },
  { files: ['src/vite/**'], rules: restrict(throughEntryPoints, shell('app'), shell('cli')) },
  { files: ['src/node/**'], rules: restrict(throughEntryPoints, shell('app'), shell('cli'), shell('vite')) },
  {
    files: ['src/core/**'],
    rules: restrict(
      {
        group: [
          'react',
          'react-*',
          'react/*',
          'sigma',
          'sigma/*',
          '@sigma/*',
          '@react-sigma/*',
          'zustand',
          'zustand/*',
          'node:*',
          'fs',
          'path',
        ],
        message: 'The core is pure: no DOM, React, renderer or file system.',
      },
      shell('app'),
      shell('cli'),
      shell('vite'),
      shell('node'),
    ),
  },
  {
    files: ['src/core/ingest/**'],
    rules: restrict(
      {
        regex: '^(\\.\\./)+(prereq|plan|map|export|feedback)/',
        message: 'ingest reads documents; prerequisites and all after them come later (src/core/build.ts).',
      },
      { regex: '^\\.\\./(build|check|rules|index)(\\.ts)?$', message: 'ingest is called by the pipeline, it does not call it.' },
    ),
  },
  {
    files: ['src/core/prereq/**'],
    rules: restrict({
      regex: '^(\\.\\./)+(plan|map|export|feedback)/',
      message: 'prereq derives prerequisites; plans and maps read them, not the other way round.',
    }),
  },
);
