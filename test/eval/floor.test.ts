// The floor `npm run eval` has reached, held so it cannot silently regress: recall of the judged
// pairs as chains at the planner's threshold, forbidden chains among the judged non-pairs, and the
// seed's curated edges recovered with its curation off. `npm run eval` prints the full tables.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/core/build';
import { readKnowledge, readTree } from '../../src/node/read-tree';
import { CORPUS, corpusAvailable } from '../helpers';
import { curationGold, readGold, score, sum } from './score';

const root = join(import.meta.dirname, '..', '..');
export const FLOOR = {
  corpus: { recall: 0.7, forbidden: 0.03 },
  otherFields: { recall: 0.65, forbidden: 0.16 },
  seed: { recall: 0.6, forbidden: 0 },
} as const;

describe.skipIf(!corpusAvailable)('inference against the judged pairs, curation off', async () => {
  const knowledge = await readKnowledge();

  it('finds the corpus pairs as chains and makes few forbidden ones', { timeout: 60_000 }, async () => {
    const { graph } = buildGraph((await readTree(CORPUS)).files, { knowledge });
    const s = sum(readGold(join(root, 'test/fixtures/gold')).map((g) => score(graph, g)));
    expect(s.found / s.pairs).toBeGreaterThanOrEqual(FLOOR.corpus.recall);
    expect(s.forbidden / s.nonPairs).toBeLessThanOrEqual(FLOOR.corpus.forbidden);
  });

  it('holds on the paths of other fields it was never tuned on', { timeout: 60_000 }, async () => {
    const dir = join(root, 'test/fixtures/other-fields');
    const gold = readGold(join(dir, 'gold'));
    const scores = await Promise.all(
      [...new Set(gold.map((g) => g.document.split('/')[0] as string))].map(async (field) => {
        const files = (await readTree(join(dir, field))).files.map((f) => ({ ...f, path: `${field}/${f.path}` }));
        const { graph } = buildGraph(files, { knowledge });
        return gold.filter((g) => g.document.startsWith(`${field}/`)).map((g) => score(graph, g));
      }),
    );
    const s = sum(scores.flat());
    expect(s.found / s.pairs).toBeGreaterThanOrEqual(FLOOR.otherFields.recall);
    expect(s.forbidden / s.nonPairs).toBeLessThanOrEqual(FLOOR.otherFields.forbidden);
  });

  it('recovers the seed’s curated edges without its curation, and contradicts few', { timeout: 60_000 }, async () => {
    const { graph } = buildGraph((await readTree(join(root, 'graph/docs'))).files, { knowledge });
    const s = score(
      graph,
      curationGold(join(root, 'graph/curation/machine-learning-engineering.yaml'), 'machine-learning-engineering/00-prerequisites.md'),
    );
    expect(s.found / s.pairs).toBeGreaterThanOrEqual(FLOOR.seed.recall);
    expect(s.forbidden / s.nonPairs).toBeLessThanOrEqual(FLOOR.seed.forbidden);
  });
});
