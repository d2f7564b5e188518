// Shared test helpers: docs trees as plain objects, and where the shared corpus lives.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGraph, type BuildResult } from '../src/core/build';
import type { InputFile } from '../src/core/types';

export function tree(files: Record<string, string | Uint8Array>): InputFile[] {
  return Object.entries(files).map(([path, content]) => ({
    path,
    bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
  }));
}

export function build(files: Record<string, string | Uint8Array>): BuildResult {
  return buildGraph(tree(files));
}

export const DEFAULT_DOCS = fileURLToPath(new URL('../graph/docs', import.meta.url));
export const CORPUS = fileURLToPath(new URL('../../shared/corpus', import.meta.url));

/** The shared corpus exists in CI; outside CI a checkout without it skips those tests. */
export const corpusAvailable = existsSync(CORPUS) || process.env.CI !== undefined;

/** `a0: &a0 [x,…]` then 9 levels of lists of aliases to the level before: 9^10 values once expanded. */
export function aliasBomb(levels = 10, width = 9): string {
  const lines = [`a0: &a0 [${Array(width).fill('x').join(',')}]`];
  for (let i = 1; i < levels; i++)
    lines.push(
      `a${i}: &a${i} [${Array(width)
        .fill(`*a${i - 1}`)
        .join(',')}]`,
    );
  return lines.join('\n');
}
