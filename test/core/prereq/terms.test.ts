import { describe, expect, it } from 'vitest';
import { Lexicon, terms } from '../../../src/core/prereq/terms';
import { build } from '../../helpers';

describe('terms', () => {
  it('reads a word that names a property of plain objects ("constructor") as a word', () => {
    expect(terms('Class constructor basics')).toEqual(['clas', 'constructor']);
    const { graph } = build({
      'p/01-a.md':
        '# A\n## S\n- **What you Need to Know**\n  - **Object Constructors**\n    - constructor functions\n  - **Prototypes**\n    - every object constructor has a prototype\n',
    });
    expect(graph.hasNode('p/a#object-constructors')).toBe(true);
  });

  it.each([
    ['ML Theory (advanced) and Stats', []],
    ['Linear Algebra', ['Vectors (and matrices', 'more) later']],
    ['C++ & C# for DL', ['Σ sums', 'ΣΑΣ']],
  ])('gives the same terms as ids, alone and joined: %s', (label, concepts) => {
    const lexicon = new Lexicon();
    const ids = (xs: number[]) => xs.map((i) => lexicon.stemOf(i));
    expect(ids(lexicon.termIds(label))).toEqual(terms(label));
    expect(ids(lexicon.termIdsOfParts([label, ...concepts]))).toEqual(terms([label, ...concepts].join('. ')));
  });
});
