// The Vite plugin as the page sees it: what `vite build` emits, what the dev server serves, and
// the hot update when a document changes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer, type Rollup } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { atlasData, UPDATE_EVENT, VIRTUAL_ID } from '../../src/vite/atlas-data';
import type { AtlasPayload, DetailsPayload, SearchPayload } from '../../src/core/map/payload';

const doc = (topic: string) => `# Doc\n\n## Section\n- **What you Need to Know**\n  - **${topic}**\n    - a concept\n`;
const dirs: string[] = [];

function docsFolder(topic = 'First Topic'): { root: string; docs: string } {
  const root = mkdtempSync(join(tmpdir(), 'atlas-plugin-'));
  dirs.push(root);
  const docs = join(root, 'docs');
  mkdirSync(join(docs, 'p'), { recursive: true });
  writeFileSync(join(docs, 'p', 'a.md'), doc(topic));
  return { root, docs };
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const topicLabels = (p: AtlasPayload): string[] => p.graph.nodes.filter(([, a]) => a.kind === 'topic').map(([, a]) => String(a.label));

async function buildWith(root: string, docs: string): Promise<Rollup.RollupOutput> {
  return (await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [atlasData({ docs })],
    build: { write: false, rollupOptions: { input: VIRTUAL_ID, preserveEntrySignatures: 'strict' } },
  })) as Rollup.RollupOutput;
}

describe('vite build', () => {
  it('fails, naming the folder, when the docs folder does not exist', async () => {
    const { root } = docsFolder();
    await expect(buildWith(root, join(root, 'nowhere'))).rejects.toThrow(/nowhere/);
  });

  it('emits the graph as a hashed JSON asset that the virtual module names', async () => {
    const { root, docs } = docsFolder();
    const { output } = await buildWith(root, docs);
    const asset = output.find((o): o is Rollup.OutputAsset => o.type === 'asset' && /atlas-data-[0-9a-f]+\.json$/.test(o.fileName));
    const chunk = output.find((o): o is Rollup.OutputChunk => o.type === 'chunk');
    expect(asset).toBeDefined();
    expect(chunk?.code).toContain(`/${asset?.fileName}`);
    const payload = JSON.parse(String(asset?.source)) as AtlasPayload;
    expect(topicLabels(payload)).toEqual(['First Topic']);
    expect(payload.layout).toHaveLength(payload.graph.nodes.length);
  });

  it('sends concepts and resources in chunks and their search text in a file of its own, which the map part names', async () => {
    const { root, docs } = docsFolder();
    const { output } = await buildWith(root, docs);
    const assets = output.filter((o): o is Rollup.OutputAsset => o.type === 'asset');
    const read = <T>(name: string): T => JSON.parse(String(assets.find((o) => o.fileName === `assets/${name}`)?.source)) as T;
    const map = JSON.parse(String(assets.find((o) => /atlas-data-[0-9a-f]+\.json$/.test(o.fileName))?.source)) as AtlasPayload;
    const files = map.details?.chunks.map((c) => c.file) ?? [];
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f).toMatch(/^atlas-details-[0-9a-f]+\.json$/);
    const chunks = files.map((f) => read<DetailsPayload>(f));
    const kinds = (nodes: AtlasPayload['graph']['nodes']) => new Set(nodes.map(([, a]) => a.kind));
    expect(kinds(map.graph.nodes).has('concept')).toBe(false);
    expect(chunks.some((c) => kinds(c.graph.nodes).has('concept'))).toBe(true);
    expect(map.order?.nodes).toHaveLength(map.graph.nodes.length);
    for (const c of chunks) expect(c.order.nodes).toHaveLength(c.graph.nodes.length);
    expect(map.details?.search).toMatch(/^atlas-search-[0-9a-f]+\.json$/);
    expect(read<SearchPayload>(map.details?.search ?? '').rows.length).toBeGreaterThan(0);
  });
});

describe('vite dev server', () => {
  async function serve(root: string, docs: string) {
    const vite = await createServer({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [atlasData({ docs })],
      server: { middlewareMode: true, hmr: false },
    });
    const http = createHttpServer(vite.middlewares);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/@atlas/data.json`;
    const events: string[] = [];
    const send = vite.ws.send.bind(vite.ws);
    vite.ws.send = ((...args: Parameters<typeof send>) => {
      const payload = args[0] as { type?: string; event?: string };
      if (payload.type === 'custom' && payload.event) events.push(payload.event);
      return send(...args);
    }) as typeof vite.ws.send;
    const close = async () => {
      await new Promise((resolve) => http.close(resolve));
      await vite.close();
    };
    return { url, events, close };
  }

  it('answers 500 with the reason when the docs folder cannot be read', async () => {
    const { root } = docsFolder();
    const server = await serve(root, join(root, 'missing'));
    try {
      const res = await fetch(server.url);
      expect(res.status).toBe(500);
      expect((await res.json()).error).toMatch(/missing/);
    } finally {
      await server.close();
    }
  });

  it('serves the graph, and sends a hot update with the new graph when a document changes', async () => {
    const { root, docs } = docsFolder();
    const server = await serve(root, docs);
    try {
      expect(topicLabels((await (await fetch(server.url)).json()) as AtlasPayload)).toEqual(['First Topic']);
      // The file watcher may still be scanning the folder: edit until it notices, as an author would.
      await expect
        .poll(
          () => {
            writeFileSync(join(docs, 'p', 'a.md'), doc('Renamed Topic'));
            return server.events;
          },
          { timeout: 20_000, interval: 500 },
        )
        .toContain(UPDATE_EVENT);
      expect(topicLabels((await (await fetch(server.url)).json()) as AtlasPayload)).toEqual(['Renamed Topic']);
    } finally {
      await server.close();
    }
  }, 30_000);
});
