import { describe, expect, it } from 'vitest';
import { loadDocs } from '../../../src/node/read-tree';
import { checkSuggestions, parseSuggestions, toCurationPatch, toIssueText } from '../../../src/core/feedback/suggestions';
import { buildGraph } from '../../../src/core/build';
import { DEFAULT_DOCS, tree } from '../../helpers';

const ML = 'machine-learning-engineering/prerequisites#';

describe('on the default dataset', async () => {
  const { graph } = await loadDocs(DEFAULT_DOCS);

  it('exports suggestions as a curation patch, an issue text, and checks them', () => {
    const suggestions = parseSuggestions(
      JSON.stringify({
        version: 1,
        suggestions: [
          {
            type: 'needs',
            topic: `${ML}deep-learning-frameworks`,
            needs: `${ML}software-engineering-practices`,
            note: 'you need git to follow the tutorials',
          },
          { type: 'wrong-edge', from: `${ML}linear-algebra-fundamentals`, to: `${ML}calculus-and-optimization` },
          { type: 'needs', topic: `${ML}neural-network-fundamentals`, needs: `${ML}calculus-and-optimization` },
        ],
      }),
      's.json',
    );
    expect(toCurationPatch(graph, suggestions)).toContain(
      'topics:\n  Deep Learning Frameworks:\n    Software Engineering Practices: you need git to follow the tutorials',
    );
    expect(toCurationPatch(graph, suggestions)).toContain(
      'reject:\n  Calculus and Optimization:\n    Linear Algebra Fundamentals: reported wrong by a learner',
    );
    expect(toIssueText(graph, suggestions)).toContain(
      '**Deep Learning Frameworks** (machine-learning-engineering/00-prerequisites.md:125) needs **Software Engineering Practices** first.',
    );
    const lacking = checkSuggestions(graph, suggestions).map((d) => d.message);
    expect(lacking).toHaveLength(2);
    expect(lacking[0]).toContain('"Deep Learning Frameworks" needs "Software Engineering Practices" first');
    expect(lacking[1]).toContain('"Linear Algebra Fundamentals" → "Calculus and Optimization" as wrong');
  });

  it.each([
    ['{', 'not JSON'],
    ['{"version": 2, "suggestions": []}', 'not a suggestions file'],
    ['{"version": 1, "suggestions": [{"type": "like"}]}', 'not a suggestions file'],
  ])('rejects a bad suggestions file %s', (text, message) => {
    expect(() => parseSuggestions(text, 's.json')).toThrow(message);
  });
});

describe('suggestions against an edge the other way round', () => {
  // The documents say Calculus needs Linear Algebra; a learner says the opposite.
  const docs = tree({
    'p/a.md':
      '# A\n\n## S\n- **What you Need to Know**\n  - **Calculus**\n    - Requires: Linear Algebra\n  - **Linear Algebra**\n    - vectors\n',
  });
  const { graph } = buildGraph(docs);

  it('reports "Linear Algebra needs Calculus" as lacking, not as already stated', () => {
    const [d] = checkSuggestions(graph, [{ type: 'needs', topic: 'p/a#linear-algebra', needs: 'p/a#calculus' }]);
    expect(d).toMatchObject({
      file: 'p/a.md',
      line: 7,
      code: 'suggestion',
      message: expect.stringContaining('"Linear Algebra" needs "Calculus" first'),
    });
  });

  it('pins a wrong-edge report to the line of that edge, and says nothing of an edge that does not exist', () => {
    const stated = checkSuggestions(graph, [{ type: 'wrong-edge', from: 'p/a#linear-algebra', to: 'p/a#calculus' }]);
    expect(stated).toEqual([
      expect.objectContaining({ file: 'p/a.md', line: 6, message: expect.stringContaining('"Linear Algebra" → "Calculus" as wrong') }),
    ]);
    expect(checkSuggestions(graph, [{ type: 'wrong-edge', from: 'p/a#calculus', to: 'p/a#linear-algebra' }])).toEqual([]);
    expect(toIssueText(graph, [{ type: 'wrong-edge', from: 'p/a#calculus', to: 'p/a#linear-algebra' }])).toContain(
      '(p/a.md:7) looks wrong',
    );
  });
});
