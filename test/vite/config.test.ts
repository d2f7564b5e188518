// `npm start`, `npm run build`, `vite preview` and `npm test` all load vite.config.ts: any warning
// Vite prints while loading it lands above the `Local:` line a new user is looking for.
import { createLogger, loadConfigFromFile } from 'vite';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('vite.config.ts', () => {
  it('loads without a warning: every module it imports names its file, as native ES module loading needs', async () => {
    const warnings: string[] = [];
    const logger = createLogger('warn');
    logger.warn = (message) => void warnings.push(message);
    logger.warnOnce = (message) => void warnings.push(message);
    const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, undefined, ROOT, 'warn', logger);
    expect(loaded?.path).toMatch(/vite\.config\.ts$/);
    expect(warnings).toEqual([]);
  });
});
