// The learner's suggestions for the authors ("this needs X first", "this edge is wrong"), kept in
// the browser under a versioned key like the planner's progress. Anything unreadable is dropped
// with a notice the page shows. Checked by hand, not with zod: zod probes for eval, which the
// page's CSP reports as a violation.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { checkedStorage, isObject } from '../state/checked-storage';
import type { Suggestion, SuggestionsFile } from '../../core/feedback/index';

export const SUGGESTIONS_KEY = 'atlas:suggestions';
export const SUGGESTIONS_VERSION = 1;

interface Saved {
  suggestions: Suggestion[];
}

const optionalString = (x: unknown): boolean => x === undefined || typeof x === 'string';
export const isSuggestion = (x: unknown): x is Suggestion =>
  isObject(x) &&
  optionalString(x.note) &&
  ((x.type === 'needs' && typeof x.topic === 'string' && typeof x.needs === 'string') ||
    (x.type === 'wrong-edge' && typeof x.from === 'string' && typeof x.to === 'string'));
const isSaved = (x: unknown): x is Saved => isObject(x) && Array.isArray(x.suggestions) && x.suggestions.every(isSuggestion);

/** Two suggestions say the same thing (the note aside). */
export const sameSuggestion = (a: Suggestion, b: Suggestion): boolean =>
  a.type === 'needs'
    ? b.type === 'needs' && a.topic === b.topic && a.needs === b.needs
    : b.type === 'wrong-edge' && a.from === b.from && a.to === b.to;

export interface SuggestionsState extends Saved {
  /** Why saved suggestions were dropped, shown once to the learner. */
  notice: string | null;
  /** Adds a suggestion unless the same one is already there. */
  add: (s: Suggestion) => void;
  remove: (s: Suggestion) => void;
  /** Adds it, or removes it if it is there: the "this edge is wrong" toggle. */
  toggle: (s: Suggestion) => void;
  dismissNotice: () => void;
}

export function createSuggestionsStore(storage: Storage | undefined): StoreApi<SuggestionsState> {
  let notice: string | null = null;
  const store = createStore<SuggestionsState>()(
    persist(
      (set) => ({
        suggestions: [],
        notice: null,
        add: (s) => set((st) => (st.suggestions.some((x) => sameSuggestion(x, s)) ? st : { suggestions: [...st.suggestions, s] })),
        remove: (s) => set((st) => ({ suggestions: st.suggestions.filter((x) => !sameSuggestion(x, s)) })),
        toggle: (s) =>
          set((st) => ({
            suggestions: st.suggestions.some((x) => sameSuggestion(x, s))
              ? st.suggestions.filter((x) => !sameSuggestion(x, s))
              : [...st.suggestions, s],
          })),
        dismissNotice: () => set({ notice: null }),
      }),
      {
        name: SUGGESTIONS_KEY,
        version: SUGGESTIONS_VERSION,
        storage: checkedStorage<Saved>(
          storage,
          {
            version: SUGGESTIONS_VERSION,
            isValid: isSaved,
            notice: (why) =>
              `Your saved suggestions for the authors ${why === 'could not be read' ? why : `were ${why}`}, so they were reset.`,
          },
          (n) => (notice = n),
        ),
        partialize: (s) => ({ suggestions: s.suggestions }),
      },
    ),
  );
  // localStorage is synchronous, so hydration has happened by now.
  if (notice !== null) store.setState({ notice });
  return store;
}

/** The file `atlas check DOCS --suggestions FILE` reads. */
export function suggestionsToFile(suggestions: readonly Suggestion[]): string {
  const file: SuggestionsFile = { version: 1, suggestions: [...suggestions] };
  return `${JSON.stringify(file, null, 2)}\n`;
}
