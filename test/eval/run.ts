// `npm run eval`: inferred prerequisites scored against hand-judged pairs, per document and overall,
// for every signal alone and for all of them together, curation off. Also the seed with its curation
// off, its curated edges taken as gold. Prints Markdown tables; `--verbose` lists what was missed.
import { join } from 'node:path';
import { buildGraph } from '../../src/core/build';
import { readKnowledge, readTree } from '../../src/node/read-tree';
import type { InputFile, Signal } from '../../src/core/types';
import { SIGNALS } from '../../src/core/types';
import { curationGold, readGold, score, sum, type Gold, type Score } from './score';

const root = join(import.meta.dirname, '..', '..');
const CORPUS = process.env.ATLAS_CORPUS ?? join(root, '..', 'shared', 'corpus');
const verbose = process.argv.includes('--verbose');

interface Dataset {
  name: string;
  docs: InputFile[];
  gold: Gold[];
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(0)}%`);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

async function main(): Promise<void> {
  const started = performance.now();
  const knowledge = await readKnowledge(process.env.ATLAS_EVAL_KB ? { shipped: false, files: [process.env.ATLAS_EVAL_KB] } : {});
  const otherGold = readGold(join(root, 'test/fixtures/other-fields/gold'));
  const datasets: Dataset[] = [
    { name: 'corpus', docs: (await readTree(CORPUS)).files, gold: readGold(join(root, 'test/fixtures/gold')) },
    ...(await Promise.all(
      [...new Set(otherGold.map((g) => g.document.split('/')[0] as string))].map(async (tree) => ({
        name: tree,
        docs: (await readTree(join(root, 'test/fixtures/other-fields', tree))).files.map((f) => ({ ...f, path: `${tree}/${f.path}` })),
        gold: otherGold.filter((g) => g.document.startsWith(`${tree}/`)),
      })),
    )),
    {
      name: 'seed',
      docs: (await readTree(join(root, 'graph/docs'))).files,
      gold: [
        curationGold(join(root, 'graph/curation/machine-learning-engineering.yaml'), 'machine-learning-engineering/00-prerequisites.md'),
      ],
    },
  ];
  const configs: { name: string; signals: readonly Signal[] }[] = [
    { name: 'none (structure only)', signals: [] },
    ...SIGNALS.map((s) => ({ name: s, signals: [s] })),
    { name: 'all', signals: SIGNALS },
  ];
  const results = new Map<string, Map<string, Score>>();
  for (const config of configs) {
    const byGold = new Map<string, Score>();
    for (const d of datasets) {
      const { graph } = buildGraph(d.docs, { name: d.name, knowledge, signals: config.signals });
      for (const g of d.gold) byGold.set(g.file, score(graph, g));
    }
    results.set(config.name, byGold);
  }
  const all = results.get('all') as Map<string, Score>;
  const golds = datasets.flatMap((d) => d.gold.map((g) => ({ dataset: d.name, gold: g })));

  console.log('## Per document, all signals, curation off\n');
  console.log(row(['document', 'set', 'pairs found (recall)', 'forbidden chains', 'requires edges', 'median confidence']));
  console.log(row(['---', '---', '---', '---', '---', '---']));
  for (const { gold } of golds) {
    const s = all.get(gold.file) as Score;
    console.log(
      row([
        gold.document,
        gold.set,
        `${s.found}/${s.pairs} (${pct(s.found, s.pairs)})`,
        `${s.forbidden}/${s.nonPairs} (${pct(s.forbidden, s.nonPairs)})`,
        s.edges,
        s.medianConfidence.toFixed(2),
      ]),
    );
    if (verbose) for (const m of s.missing) console.log(`    missed: ${m}`);
    if (verbose) for (const m of s.forbiddenRows) console.log(`    FORBIDDEN: ${m}`);
  }

  const groups: { name: string; files: string[] }[] = [
    { name: 'corpus, tuned on', files: golds.filter((g) => g.dataset === 'corpus' && g.gold.set === 'tune').map((g) => g.gold.file) },
    { name: 'corpus, held out', files: golds.filter((g) => g.dataset === 'corpus' && g.gold.set !== 'tune').map((g) => g.gold.file) },
    { name: 'other fields', files: golds.filter((g) => g.dataset !== 'corpus' && g.dataset !== 'seed').map((g) => g.gold.file) },
    { name: 'seed, curated edges as gold', files: golds.filter((g) => g.dataset === 'seed').map((g) => g.gold.file) },
  ];
  console.log('\n## Overall, each signal alone and all together (recall / forbidden chains / requires edges / median confidence)\n');
  console.log(row(['signals', ...groups.map((g) => g.name)]));
  console.log(row(['---', ...groups.map(() => '---')]));
  for (const config of configs) {
    const byGold = results.get(config.name) as Map<string, Score>;
    console.log(
      row([
        config.name,
        ...groups.map((g) => {
          const s = sum(g.files.map((f) => byGold.get(f) as Score));
          return `${pct(s.found, s.pairs)} / ${pct(s.forbidden, s.nonPairs)} / ${s.edges} / ${s.medianConfidence.toFixed(2)}`;
        }),
      ]),
    );
  }
  const total = sum(golds.filter((g) => g.dataset === 'corpus').map((g) => all.get(g.gold.file) as Score));
  console.log(
    `\nAll signals on the corpus gold: recall ${(total.found / total.pairs).toFixed(2)} (${total.found}/${total.pairs}), forbidden chains ${pct(total.forbidden, total.nonPairs)} (${total.forbidden}/${total.nonPairs}). ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}

await main();
