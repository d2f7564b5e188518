#!/usr/bin/env node
// The `atlas` command in a checkout (`npm run atlas`, the tests): runs the TypeScript CLI through
// tsx, so no build step is needed. The package's `atlas` is the compiled dist/cli.mjs instead.
import { register } from 'tsx/esm/api';
register();
await import('./atlas.ts');
