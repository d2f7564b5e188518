// What the learner knows and has done, kept in the browser against stable node ids, so a plan
// picks up where it was left after a reload or a rebuild of the graph. The stored value is
// versioned and checked: anything unreadable is dropped with a notice the page shows, never a blank page.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { checkedStorage, isObject } from './checked-storage';
import type { NodeId } from '../../core/types';
import { LEGACY_PROGRESS_KEY } from '../../core/rules';

export const PROGRESS_VERSION = 1;

export interface Progress {
  known: NodeId[];
  done: NodeId[];
  /** The learner's own hours per topic id, in place of Atlas's estimate (plan()'s `topicHours`). */
  hours?: Record<NodeId, number>;
}

// Checked by hand, not with zod: zod probes for eval, which the page's CSP reports as a violation.
const isIdList = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
const isHours = (x: unknown): x is Record<string, number> => isObject(x) && Object.values(x).every((h) => typeof h === 'number');
const isProgress = (x: unknown): x is Progress =>
  isObject(x) && isIdList(x.known) && isIdList(x.done) && (x.hours === undefined || isHours(x.hours));

export interface ProgressState extends Progress {
  hours: Record<NodeId, number>;
  /** Why saved progress was dropped, shown once to the learner. */
  notice: string | null;
  toggleDone: (id: NodeId) => void;
  toggleKnown: (id: NodeId) => void;
  /** The learner's own hours for a topic; null goes back to Atlas's estimate. */
  setHours: (id: NodeId, hours: number | null) => void;
  replace: (progress: Progress) => void;
  dismissNotice: () => void;
}

const withHours = (hours: Record<NodeId, number> | undefined): { hours?: Record<NodeId, number> } =>
  hours !== undefined && Object.keys(hours).length > 0 ? { hours } : {};

const toggle = (list: readonly NodeId[], id: NodeId): NodeId[] => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

/** A store for one dataset's progress, under `key` (the core's progressKeyOf). */
export function createProgressStore(storage: Storage | undefined, key: string): StoreApi<ProgressState> {
  migrateLegacy(storage, key);
  let notice: string | null = null;
  const store = createStore<ProgressState>()(
    persist(
      (set) => ({
        known: [],
        done: [],
        hours: {},
        notice: null,
        toggleDone: (id) => set((s) => ({ done: toggle(s.done, id) })),
        toggleKnown: (id) => set((s) => ({ known: toggle(s.known, id) })),
        setHours: (id, hours) =>
          set((s) => {
            const rest = Object.fromEntries(Object.entries(s.hours).filter(([k]) => k !== id));
            return { hours: hours === null ? rest : { ...rest, [id]: hours } };
          }),
        replace: (progress) => set({ known: [...progress.known], done: [...progress.done], hours: { ...progress.hours } }),
        dismissNotice: () => set({ notice: null }),
      }),
      {
        name: key,
        version: PROGRESS_VERSION,
        storage: checkedStorage<Progress>(
          storage,
          {
            version: PROGRESS_VERSION,
            isValid: isProgress,
            notice: (why) =>
              `Your saved progress ${why === 'could not be read' ? why : `was ${why}`}, so it was reset. Import an exported progress file to restore it.`,
          },
          (n) => (notice = n),
        ),
        // Progress saved before own hours existed reads the same: `hours` is written only when there are some.
        partialize: (s) => ({ known: s.known, done: s.done, ...withHours(s.hours) }),
        merge: (saved, current) => ({ ...current, ...(saved as Progress), hours: { ...(saved as Progress | undefined)?.hours } }),
      },
    ),
  );
  // localStorage is synchronous, so hydration has happened by now.
  if (notice !== null) store.setState({ notice });
  return store;
}

/** Ticks saved before progress was kept per dataset go to the first dataset opened, once. */
function migrateLegacy(storage: Storage | undefined, key: string): void {
  try {
    const legacy = storage?.getItem(LEGACY_PROGRESS_KEY);
    if (legacy === null || legacy === undefined || key === LEGACY_PROGRESS_KEY) return;
    if (storage?.getItem(key) === null) storage.setItem(key, legacy);
    storage?.removeItem(LEGACY_PROGRESS_KEY);
  } catch {
    // A blocked storage has nothing to migrate.
  }
}

export function progressToFile(progress: Progress): string {
  const file = { atlas: 'progress', version: PROGRESS_VERSION, known: progress.known, done: progress.done, ...withHours(progress.hours) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads an exported progress file; throws an Error whose message names what is wrong. */
export function progressFromFile(text: string): Progress {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('this file is not JSON');
  }
  if (
    !isProgress(data) ||
    (data as unknown as Record<string, unknown>).atlas !== 'progress' ||
    (data as unknown as Record<string, unknown>).version !== PROGRESS_VERSION
  )
    throw new Error('this file is not an Atlas progress file');
  return { known: data.known, done: data.done, ...withHours(data.hours) };
}
