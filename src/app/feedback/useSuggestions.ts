// The page's one suggestions store, on the browser's localStorage.
import { useStore } from 'zustand';
import { createSuggestionsStore, type SuggestionsState } from './suggestions-store';

const store = createSuggestionsStore(typeof localStorage === 'undefined' ? undefined : localStorage);

export const useSuggestions = <T>(pick: (s: SuggestionsState) => T): T => useStore(store, pick);
