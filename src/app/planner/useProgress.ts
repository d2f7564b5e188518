// The page's one progress store, on the browser's localStorage.
import { useStore } from 'zustand';
import { createProgressStore, type ProgressState } from '../state/progress';

const store = createProgressStore(typeof localStorage === 'undefined' ? undefined : localStorage);

export const useProgress = <T,>(pick: (s: ProgressState) => T): T => useStore(store, pick);
