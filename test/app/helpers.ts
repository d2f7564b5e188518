// The page's model of a docs folder, built the way the page gets it: core → plugin payload →
// JSON → model. Tests of the page's pure logic start here.
import { loadDocs } from '../../src/node/read-tree';
import { modelFromPayload } from '../../src/app/data/load';
import type { AtlasModel } from '../../src/app/data/model';
import { toPayload } from '../../src/core/map/payload';
import { DEFAULT_DOCS } from '../helpers';

const cache = new Map<string, Promise<AtlasModel>>();

export function modelOf(dir: string = DEFAULT_DOCS): Promise<AtlasModel> {
  let model = cache.get(dir);
  if (model === undefined) {
    model = loadDocs(dir).then((result) => modelFromPayload(JSON.parse(JSON.stringify(toPayload(result)))));
    cache.set(dir, model);
  }
  return model;
}

export const SEED = (slug: string): string => `machine-learning-engineering/prerequisites#${slug}`;

/** A Storage over a Map: what localStorage does, for node. */
export function memoryStorage(initial: Record<string, string> = {}): Storage {
  const m = new Map(Object.entries(initial));
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}
