// Global setup of the e2e project: build the page twice (the default dataset, and a docs folder
// with hostile links) into temp folders, serve both, and hand their URLs to the tests.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from './browser';
import { buildPage } from './build';
import { writeHostileDocs } from './fixture';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    atlasUrl: string;
    hostileUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM)) throw new Error(`e2e tests need Chromium at ${CHROMIUM} (apt-get install chromium, as .ci/run does)`);
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-e2e-'));
  const hostileDocs = writeHostileDocs(join(tmp, 'hostile-docs'));
  await Promise.all([buildPage(join(tmp, 'default')), buildPage(join(tmp, 'hostile'), hostileDocs)]);
  const servers = await Promise.all([serveStatic(join(tmp, 'default')), serveStatic(join(tmp, 'hostile'))]);
  project.provide('atlasUrl', servers[0].url);
  project.provide('hostileUrl', servers[1].url);
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
    rmSync(tmp, { recursive: true, force: true });
  };
}
