import { describe, expect, it } from 'vitest';
import { appearance, backgroundPathways } from '../../../src/app/state/appearance';
import { DEFAULT_VIEW } from '../../../src/app/state/view';
import { modelOf, SEED } from '../helpers';

describe('what the map and the outline fade, hide and light up', () => {
  it('hides concepts and resources until they are switched on', async () => {
    const model = await modelOf();
    const concept = model.graph.filterNodes((_n, a) => a.kind === 'concept')[0] as string;
    expect(appearance(model, DEFAULT_VIEW, null).node(concept)).toBe('hidden');
    expect(appearance(model, { ...DEFAULT_VIEW, kinds: [...DEFAULT_VIEW.kinds, 'concept'] }, null).node(concept)).toBe('normal');
  });

  it('fades what a background assumes and highlights what it focuses on', async () => {
    const model = await modelOf();
    const look = appearance(model, { ...DEFAULT_VIEW, bg: 'software engineering' }, null);
    expect(look.node(SEED('python-programming-mastery'))).toBe('faded');
    expect(look.assumed.has(SEED('python-programming-mastery'))).toBe(true);
    expect(look.node(SEED('linear-algebra-fundamentals'))).not.toBe('faded');
  });

  it('accepts a pathway id as well as a background name, and nothing for an unknown one', async () => {
    const model = await modelOf();
    const byName = backgroundPathways(model, 'Software Engineering');
    expect(byName).toHaveLength(1);
    expect(backgroundPathways(model, byName[0] as string)).toEqual(byName);
    expect(backgroundPathways(model, 'Astronaut')).toEqual([]);
  });

  it('lights a hovered topic with everything it needs and unlocks, and fades the rest', async () => {
    const model = await modelOf();
    const look = appearance(model, DEFAULT_VIEW, SEED('calculus-and-optimization'));
    expect(look.node(SEED('calculus-and-optimization'))).toBe('highlighted');
    expect(look.node(SEED('linear-algebra-fundamentals'))).toBe('highlighted');
    expect(look.node(SEED('supervised-learning-fundamentals'))).toBe('highlighted');
    const faded = model.graph.filterNodes((id, a) => a.kind === 'topic' && look.node(id) === 'faded');
    expect(faded.length).toBeGreaterThan(0);
    expect(faded).not.toContain(SEED('calculus-and-optimization'));
  });

  it('hides prerequisite edges below the minimum confidence or of an unticked origin', async () => {
    const model = await modelOf();
    const [source, target] = [SEED('linear-algebra-fundamentals'), SEED('calculus-and-optimization')];
    const inferred = { kind: 'requires', origin: 'inferred', confidence: 0.5 } as const;
    expect(appearance(model, DEFAULT_VIEW, null).edge(inferred, source, target)).toBe('normal');
    expect(appearance(model, { ...DEFAULT_VIEW, minConfidence: 0.6 }, null).edge(inferred, source, target)).toBe('hidden');
    expect(appearance(model, { ...DEFAULT_VIEW, origins: ['explicit', 'curated'] }, null).edge(inferred, source, target)).toBe('hidden');
  });

  it('hides topics outside the chosen section, in the map and the outline alike', async () => {
    const model = await modelOf();
    const look = appearance(model, { ...DEFAULT_VIEW, section: SEED('mathematical-foundation-requirements') }, null);
    expect(look.node(SEED('calculus-and-optimization'))).toBe('normal');
    expect(look.node(SEED('python-programming-mastery'))).toBe('hidden');
  });
});
