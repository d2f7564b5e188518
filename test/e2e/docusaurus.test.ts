// The Docusaurus plugin for real: a CommonJS Docusaurus 3 site (its server build fails under
// "type": "module") around a small docs tree, with Atlas installed from its tarball, built with
// `docusaurus build`, served as static files and opened in Chromium at /atlas/.
import { execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser';
import { openExplorer } from './explorer-page';
import { installInto, packAtlas } from './package';
import { serveStatic, type StaticServer } from './static-server';

const exec = promisify(execFile);
const chromium = useChromium();
const tmp = mkdtempSync(join(tmpdir(), 'atlas-docusaurus-'));
const site = join(tmp, 'site');
let server: StaticServer;

const topic = (name: string, url: string) => [
  `  - **${name}**`,
  '    - what it covers',
  '    - **Resources:**',
  `      - [${name} notes](${url}) - a page`,
];

/** The site's files. Its docs live in `curriculum/`, not `docs/`: the plugin must read what the docs plugin reads. */
const FILES: Record<string, string> = {
  'docusaurus.config.js': `module.exports = {
  title: 'Orchard School',
  url: 'http://localhost',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  presets: [['classic', { docs: { path: 'curriculum' }, blog: false }]],
  plugins: [['atlas/docusaurus', { navbar: 'Curriculum map' }]],
  themeConfig: { navbar: { title: 'Orchard School', items: [] } },
};
`,
  'src/pages/index.md': '# Orchard School\n\n[Start learning](/docs/orchard/planting)\n',
  'curriculum/orchard/_category_.json': JSON.stringify({ label: 'Orchard Keeping', position: 1 }),
  'curriculum/orchard/planting.md': [
    '---',
    'sidebar_position: 1',
    '---',
    '# Planting',
    '',
    '## Ground Work',
    '- **What you Need to Know**',
    ...topic('Soil Chemistry', 'https://example.com/soil'),
    ...topic('Tree Grafting', 'https://example.com/grafting'),
    '',
    'Next: [Harvest](./harvest.md)',
    '',
  ].join('\n'),
  'curriculum/orchard/harvest.md': [
    '---',
    'sidebar_position: 2',
    '---',
    '# Harvest',
    '',
    '## Picking',
    '- **What you Need to Know**',
    ...topic('Ripeness Testing', 'https://example.com/ripeness'),
    '',
  ].join('\n'),
};

beforeAll(async () => {
  const { tarball } = await packAtlas(join(tmp, 'pack'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  }
  await installInto(site, ['@docusaurus/core@3', '@docusaurus/preset-classic@3', 'react@19', 'react-dom@19', tarball]);
  await exec('npx', ['--no-install', 'docusaurus', 'build'], { cwd: site, maxBuffer: 64 << 20 });
  server = await serveStatic(join(site, 'build'));
}, 900_000);

afterAll(async () => {
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** A port no one listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

describe('the Docusaurus plugin', () => {
  it('links the explorer from the navbar', () => {
    expect(readFileSync(join(site, 'build', 'index.html'), 'utf8')).toMatch(/<a[^>]*href="\/atlas\/"[^>]*>Curriculum map<\/a>/);
  });

  it('builds the site’s own docs into the explorer at /atlas/, which draws their map and lists their topics', async () => {
    const { page, errors, cspViolations } = await openExplorer(chromium(), `${server.url}atlas/`);
    expect(await page.locator('.map-canvas').getAttribute('aria-label')).toMatch(/Map of 3 topics in 1 learning path/);
    await page.getByRole('button', { name: 'Outline' }).click();
    const outline = page.getByRole('navigation', { name: 'Outline of all topics' });
    await expect.poll(() => outline.textContent()).toContain('Soil Chemistry');
    for (const name of ['Tree Grafting', 'Ripeness Testing', 'Orchard Keeping']) expect(await outline.textContent()).toContain(name);
    expect(await cspViolations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('serves the explorer from `docusaurus start`, with the data of the docs as they are now', async () => {
    const port = await freePort();
    // Its own process group, so that the dev server and its workers stop with it.
    const start = spawn('npx', ['--no-install', 'docusaurus', 'start', '--port', String(port), '--host', '127.0.0.1', '--no-open'], {
      cwd: site,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    start.stdout.on('data', (d) => (output += d));
    start.stderr.on('data', (d) => (output += d));
    try {
      const url = `http://127.0.0.1:${port}/atlas/`;
      // The dev server answers once its first compilation is done.
      await expect
        .poll(
          () =>
            fetch(url).then(
              (r) => r.status,
              () => 0,
            ),
          { timeout: 240_000, interval: 1000, message: output },
        )
        .toBe(200);
      const html = await (await fetch(url)).text();
      const data = html.match(/href="(\/atlas\/assets\/atlas-data-[0-9a-f]+\.json)"/)?.[1];
      expect(data, html.slice(0, 500)).toBeDefined();
      expect(await (await fetch(`http://127.0.0.1:${port}${data}`)).text()).toContain('Ripeness Testing');
    } finally {
      if (start.pid !== undefined) process.kill(-start.pid, 'SIGTERM');
    }
  }, 300_000);
});
