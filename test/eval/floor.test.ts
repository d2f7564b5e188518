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
export const FLOOR = { corpus: { recall: 0.5, forbidden: 0.03 }, seed: { recall: 0.45, forbidden: 0 } } as const;

describe.skipIf(!corpusAvailable)('inference against the judged pairs, curation off', async () => {
  const knowledge = await readKnowledge();

  it('finds the corpus pairs as chains and makes few forbidden ones', { timeout: 60_000 }, async () => {
    const { graph } = buildGraph((await readTree(CORPUS)).files, { knowledge });
    const s = sum(readGold(join(root, 'test/fixtures/gold')).map((g) => score(graph, g)));
    expect(s.found / s.pairs).toBeGreaterThanOrEqual(FLOOR.corpus.recall);
    expect(s.forbidden / s.nonPairs).toBeLessThanOrEqual(FLOOR.corpus.forbidden);
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
