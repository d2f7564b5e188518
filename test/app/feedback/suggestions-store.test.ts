// Feedback for authors in the page: the suggestions kept in localStorage under a versioned key,
// reset with a notice when unreadable, and exported as the file `atlas check --suggestions` reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSuggestionsStore, SUGGESTIONS_KEY, suggestionsToFile } from '../../../src/app/feedback/suggestions-store';
import { parseSuggestions, toCurationPatch } from '../../../src/core/feedback/suggestions';
import type { Suggestion } from '../../../src/core/feedback/suggestion-text';
import { memoryStorage, modelOf, SEED } from '../helpers';

const needs: Suggestion = { type: 'needs', topic: SEED('deep-learning-frameworks'), needs: SEED('software-engineering-practices') };
const wrong: Suggestion = { type: 'wrong-edge', from: SEED('neural-network-fundamentals'), to: SEED('deep-learning-frameworks') };

describe('saved suggestions', () => {
  it.each([
    ['not JSON', '{oops'],
    ['the wrong shape', JSON.stringify({ version: 1, state: { suggestions: [{ type: 'needs', topic: 'a' }] } })],
    ['an unknown kind', JSON.stringify({ version: 1, state: { suggestions: [{ type: 'liked', topic: 'a' }] } })],
    ['null', 'null'],
  ])('resets a corrupted value (%s) with a notice', (_what, raw) => {
    const storage = memoryStorage({ [SUGGESTIONS_KEY]: raw });
    const store = createSuggestionsStore(storage);
    expect(store.getState().suggestions).toEqual([]);
    expect(store.getState().notice).toMatch(/could not be read.*reset/);
    expect(JSON.parse(storage.getItem(SUGGESTIONS_KEY) ?? '{"version":1,"state":{"suggestions":[]}}')).toEqual({
      version: 1,
      state: { suggestions: [] },
    });
    store.getState().dismissNotice();
    expect(store.getState().notice).toBeNull();
  });

  it('resets a value saved by another version, saying so', () => {
    const storage = memoryStorage({ [SUGGESTIONS_KEY]: JSON.stringify({ version: 0, state: { suggestions: [needs] } }) });
    const store = createSuggestionsStore(storage);
    expect(store.getState().suggestions).toEqual([]);
    expect(store.getState().notice).toMatch(/another version of Atlas \(0\)/);
  });

  it('keeps suggestions under the versioned key, once each, and reads them back after a reload', () => {
    const storage = memoryStorage();
    const first = createSuggestionsStore(storage);
    first.getState().add(needs);
    first.getState().add({ ...needs, note: 'again' });
    first.getState().toggle(wrong);
    expect(JSON.parse(storage.getItem(SUGGESTIONS_KEY) as string)).toEqual({ version: 1, state: { suggestions: [needs, wrong] } });
    const again = createSuggestionsStore(storage);
    expect(again.getState()).toMatchObject({ suggestions: [needs, wrong], notice: null });
    again.getState().toggle(wrong);
    expect(again.getState().suggestions).toEqual([needs]);
    again.getState().remove(needs);
    expect(again.getState().suggestions).toEqual([]);
  });

  it('works without any storage (private mode), for this visit only', () => {
    const store = createSuggestionsStore(undefined);
    store.getState().add(needs);
    expect(store.getState().suggestions).toEqual([needs]);
  });
});

describe('exports', () => {
  it('writes the file `atlas check --suggestions` reads', () => {
    expect(parseSuggestions(suggestionsToFile([needs, wrong]), 'suggestions.json')).toEqual([needs, wrong]);
    expect(JSON.parse(suggestionsToFile([needs]))).toEqual({ version: 1, suggestions: [needs] });
  });

  it('makes a curation patch from the page model: the topic to add under topics, the edge under reject', async () => {
    const model = await modelOf();
    const patch = toCurationPatch(model.graph, [needs, wrong]);
    expect(patch).toMatch(/topics:\n {2}Deep Learning Frameworks:\n {4}Software Engineering Practices: suggested by a learner\n/);
    expect(patch).toMatch(/reject:\n {2}Deep Learning Frameworks:\n {4}Neural Network Fundamentals: reported wrong by a learner\n/);
  });

  it('keeps zod out of the page: the module the page imports does not import it', () => {
    const text = readFileSync(new URL('../../../src/core/feedback/suggestion-text.ts', import.meta.url), 'utf8');
    expect(text).not.toMatch(/from 'zod'/);
  });
});
