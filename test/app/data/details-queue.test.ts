// A plan that needs every details chunk (the learner's topics may cover other paths) asked the
// browser for all of them inside the click, at about a millisecond a fetch: a quarter of a second
// at 50k topics before the plan list could change, and a panel opened meanwhile waited behind
// them all. Chunks are now fetched a few at a time, what a reader opens first.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { modelFromPayload } from '../../../src/app/data/load';
import { learnerOf } from '../../../src/app/planner/learner';
import { DEFAULT_VIEW } from '../../../src/app/state/view';
import { toPayloads } from '../../../src/core/map/payload';
import { loadDocs } from '../../../src/node/read-tree';
import { CORPUS, corpusAvailable } from '../../helpers';

const roundTrip = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** A fetch the test answers by hand, one request at a time. */
function handFetch(bodies: Map<string, unknown>) {
  const asked: string[] = [];
  const answers = new Map<string, () => void>();
  vi.stubGlobal('fetch', (url: string) => {
    asked.push(url);
    return new Promise<Response>((resolve) => answers.set(url, () => resolve(new Response(JSON.stringify(bodies.get(url))))));
  });
  const answer = async (url: string) => {
    answers.get(url)?.();
    // Its parse and join, in slices of a few milliseconds.
    await vi.waitFor(() => expect(asked.length).toBeGreaterThan(0));
  };
  return { asked, answer };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const BASE = 'http://atlas.test/assets/';

/** The corpus's page in some fifty chunks, its fetches answered by hand. */
async function chunkedCorpus() {
  const result = await loadDocs(CORPUS);
  const { map, chunks } = toPayloads(result, 200);
  map.details.chunks.forEach((c, i) => (c.file = `chunk-${i}.json`));
  const bodies = new Map<string, unknown>(chunks.map((c, i) => [`${BASE}chunk-${i}.json`, roundTrip(c)]));
  const fetched = handFetch(bodies);
  const model = modelFromPayload(roundTrip(map), undefined, `${BASE}atlas-data.json`);
  return { result, map, chunks, model, ...fetched };
}

describe.skipIf(!corpusAvailable)('the details of a large map', () => {
  it('are fetched a few chunks at a time, the one a reader opens first', async () => {
    const { result, map, chunks, model, asked, answer } = await chunkedCorpus();
    expect(chunks.length).toBeGreaterThan(12);

    const all = model.details.ensureAll();
    await vi.waitFor(() => expect(asked.length).toBe(6));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked.length).toBe(6);
    // A topic of the last chunk, opened while every chunk waits: its chunk is the next one asked for.
    const chunkOf = new Map(map.details.chunks.flatMap((c, i) => c.docs.map((d) => [d, i] as const)));
    const chunkOfTopic = new Map<string, number>();
    model.graph.forEachNode((id, a) => {
      if (a.kind === 'topic') chunkOfTopic.set(id, chunkOf.get(a.doc) ?? -1);
    });
    const [topic, last] = [...chunkOfTopic].reduce((x, y) => (y[1] > x[1] ? y : x));
    expect(last).toBeGreaterThan(6);
    const opened = model.details.ensure([topic]);
    expect(asked.length).toBe(6);
    await answer(asked[0]!);
    await vi.waitFor(() => expect(asked.length).toBe(7));
    expect(asked[6]).toBe(`${BASE}chunk-${last}.json`);

    // The rest come as the first ones are in, never more than six at once.
    let answered = 1;
    while (answered < asked.length || asked.length < chunks.length) {
      await answer(asked[answered++]!);
      await vi.waitFor(() => expect(asked.length).toBeGreaterThanOrEqual(Math.min(chunks.length, answered + 6)));
      expect(asked.length - answered).toBeLessThanOrEqual(6);
    }
    await Promise.all([all, opened]);
    expect(new Set(asked).size).toBe(chunks.length);
    expect(model.details.loaded).toBe(chunks.length);
    expect(model.graph.order).toBe(result.graph.order);
    expect(model.graph.size).toBe(result.graph.size);
  });

  it('fetches for a learning path the learner knows the chunks of its topics, and no others', async () => {
    const { map, chunks, model, asked, answer } = await chunkedCorpus();
    const path = 'mlops-engineering/';
    // The chunks of the path's documents that hold topics (an overview page holds none).
    const docs = new Set<string>();
    model.graph.forEachNode((_id, a) => {
      if (a.kind === 'topic' && a.doc.startsWith(path)) docs.add(a.doc);
    });
    const ofPath = map.details.chunks.flatMap((c, i) => (c.docs.some((d) => docs.has(d)) ? [`${BASE}chunk-${i}.json`] : []));
    expect(ofPath.length).toBeGreaterThan(1);
    expect(ofPath.length).toBeLessThan(chunks.length / 2);
    // The planner reads a path known as every topic in it, and asks for their chunks.
    const { have } = learnerOf(model, DEFAULT_VIEW, { known: [path], done: [] }, new Date(Date.UTC(2026, 10, 25)));
    expect(model.details.ready(have)).toBe(false);
    const known = model.details.ensure(have);
    for (let i = 0; i < ofPath.length; i++) {
      await vi.waitFor(() => expect(asked.length).toBeGreaterThan(i));
      await answer(asked[i]!);
    }
    await known;
    expect([...asked].sort()).toEqual([...ofPath].sort());
    expect(model.details.ready(have)).toBe(true);
  });
});
