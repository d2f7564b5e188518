import { describe, expect, it } from 'vitest';
import { buildSearch } from '../../../src/app/search/search-index';
import type { AtlasModel } from '../../../src/app/data/model';
import { modelOf, SEED } from '../helpers';

const searchOf = async (model: AtlasModel) => buildSearch(model, await model.details.searchRows());

describe('search', () => {
  it('finds nothing for an empty or unmatched query', async () => {
    const search = await searchOf(await modelOf());
    expect(search.search('   ')).toEqual([]);
    expect(search.search('zzqxv')).toEqual([]);
  });

  it('ranks the topic first for "calculus", ahead of its resources', async () => {
    const hits = (await searchOf(await modelOf())).search('calculus');
    expect(hits[0]).toMatchObject({ label: 'Calculus and Optimization', kind: 'topic', select: SEED('calculus-and-optimization') });
    expect(hits.some((h) => h.kind === 'resource' && h.label === 'Calculus - Khan Academy')).toBe(true);
  });

  it('leads from a resource or a concept to its topic', async () => {
    const hits = (await searchOf(await modelOf())).search('khan academy calculus');
    const resource = hits.find((h) => h.kind === 'resource');
    expect(resource?.select).toBe(SEED('calculus-and-optimization'));
    const concept = (await searchOf(await modelOf())).search('eigenvectors').find((h) => h.kind === 'concept');
    expect(concept?.select).toBe(SEED('linear-algebra-fundamentals'));
  });

  it('forgives a typo', async () => {
    expect((await searchOf(await modelOf())).search('calculas')[0]?.label).toBe('Calculus and Optimization');
  });
});
