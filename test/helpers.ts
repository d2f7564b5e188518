// Shared test helpers: docs trees as plain objects, and where the shared corpus lives.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGraph, type BuildResult } from '../src/core/build';
import type { InputFile } from '../src/core/types';

export function tree(files: Record<string, string | Uint8Array>): InputFile[] {
  return Object.entries(files).map(([path, content]) => ({ path, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content }));
}

export function build(files: Record<string, string | Uint8Array>): BuildResult {
  return buildGraph(tree(files));
}

export const DEFAULT_DOCS = fileURLToPath(new URL('../graph/docs', import.meta.url));
export const CORPUS = fileURLToPath(new URL('../../shared/corpus', import.meta.url));

/** The shared corpus exists in CI; outside CI a checkout without it skips those tests. */
export const corpusAvailable = existsSync(CORPUS) || process.env.CI !== undefined;
