import { describe, expect, it } from 'vitest';
import { displayGraph } from '../../../src/app/graph/display-graph';
import { labelLines } from '../../../src/app/graph/labels';
import { NODE_COLOURS } from '../../../src/app/theme';
import { DEFAULT_VIEW } from '../../../src/app/state/view';
import { CORPUS, corpusAvailable } from '../../helpers';
import { modelOf, SEED } from '../helpers';

describe('labels on the map', () => {
  it.each([
    ['SQL', ['SQL']],
    ['Calculus and Optimization', ['Calculus and', 'Optimization']],
    ['Statistical Analysis and Hypothesis Testing', ['Statistical', 'Analysis and', 'Hypothesis…']],
    ['For Mathematics/Statistics Backgrounds', ['For Mathematics/', 'Statistics', 'Backgrounds']],
    ['Supercalifragilisticexpialidocious-Extended-Edition', ['Supercalifragilistice…']],
  ])('wraps %j into at most three short lines', (label, lines) => {
    expect(labelLines(label)).toEqual(lines);
  });
});

describe('what sigma is given to draw', () => {
  it('holds only the kinds switched on, and the data graph is left untouched', async () => {
    const model = await modelOf();
    const before = JSON.stringify(model.graph.export());
    const g = displayGraph(model, DEFAULT_VIEW.kinds);
    expect(new Set(g.mapNodes((_n, a) => a.kind))).toEqual(new Set(['topic', 'milestone', 'pathway']));
    expect(g.someEdge((_e, a) => a.kind !== 'requires' && a.kind !== 'assumes' && a.kind !== 'focuses' && a.kind !== 'related')).toBe(
      false,
    );
    expect(displayGraph(model, [...DEFAULT_VIEW.kinds, 'concept']).someNode((_n, a) => a.kind === 'concept')).toBe(true);
    expect(JSON.stringify(model.graph.export())).toBe(before);
  });

  it('sizes a topic by what builds on it and colours pathways apart from topics', async () => {
    const model = await modelOf();
    const g = displayGraph(model, DEFAULT_VIEW.kinds);
    expect(g.getNodeAttribute(SEED('linear-algebra-fundamentals'), 'size')).toBeGreaterThan(
      g.getNodeAttribute(SEED('academic-paper-reading-and-writing'), 'size'),
    );
    const pathway = g.filterNodes((_n, a) => a.kind === 'pathway')[0] as string;
    expect(g.getNodeAttribute(pathway, 'color')).toBe(NODE_COLOURS.pathway);
  });

  it('turns the map a quarter for portrait screens: prerequisites above what needs them', async () => {
    const model = await modelOf();
    const g = displayGraph(model, DEFAULT_VIEW.kinds, 'vertical');
    const [pre, dep] = [SEED('linear-algebra-fundamentals'), SEED('calculus-and-optimization')];
    expect(g.getNodeAttribute(pre, 'y')).toBeGreaterThan(g.getNodeAttribute(dep, 'y'));
  });

  it('titles no band when there is one learning path', async () => {
    expect(displayGraph(await modelOf(), DEFAULT_VIEW.kinds).getAttribute('bands')).toEqual([]);
  });

  it.skipIf(!corpusAvailable)(
    'titles every learning path of the corpus that has a study topic, top to bottom in sidebar order',
    async () => {
      const model = await modelOf(CORPUS);
      const bands = displayGraph(model, DEFAULT_VIEW.kinds).getAttribute('bands');
      // The welcome page and Research Engineering's getting-started page hold orientation only: no band on the map.
      expect(bands.map((b) => b.label)).toEqual(
        model.paths.map((p) => p.label).filter((l) => l !== 'Overview' && l !== 'Research Engineering'),
      );
      expect(bands.every((b, i) => i === 0 || b.y < (bands[i - 1]?.y ?? Infinity))).toBe(true);
    },
  );
});
