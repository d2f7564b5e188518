// The page's progress stores, on the browser's localStorage: one per dataset (the core's
// progressKeyOf), so two docs trees whose topic ids collide never share ticks. The explorer
// provides the current dataset's store; every component under it reads that one.
import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import { createProgressStore, type ProgressState } from '../state/progress';

const stores = new Map<string, StoreApi<ProgressState>>();

export function progressStore(key: string): StoreApi<ProgressState> {
  let store = stores.get(key);
  if (store === undefined) {
    store = createProgressStore(typeof localStorage === 'undefined' ? undefined : localStorage, key);
    stores.set(key, store);
  }
  return store;
}

export const ProgressContext = createContext<StoreApi<ProgressState> | null>(null);

export function useProgress<T>(pick: (s: ProgressState) => T): T {
  const store = useContext(ProgressContext);
  if (store === null) throw new Error('useProgress outside the explorer: no dataset is open');
  return useStore(store, pick);
}
