// localStorage for zustand's persist, checked: a value that is not this version's shape is
// removed and explained through `onReset`, never allowed to break the page. Shared by every
// store the page keeps in the browser.
import type { PersistStorage, StorageValue } from 'zustand/middleware';

type Json = Record<string, unknown>;
export const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

export interface CheckedStorageOptions<T> {
  version: number;
  /** Checked by hand, not with zod: zod probes for eval, which the page's CSP reports as a violation. */
  isValid: (state: unknown) => state is T;
  /** The notice for a dropped value, given why: "could not be read" or "saved by another version of Atlas (N)". */
  notice: (why: string) => string;
}

export function checkedStorage<T>(
  storage: Storage | undefined,
  options: CheckedStorageOptions<T>,
  onReset: (notice: string) => void,
): PersistStorage<T> {
  return {
    getItem: (name) => {
      const raw = storage?.getItem(name);
      if (raw === null || raw === undefined) return null;
      let data: unknown;
      try {
        data = JSON.parse(raw);
      } catch {
        data = undefined;
      }
      const stored =
        isObject(data) && typeof data.version === 'number' && options.isValid(data.state) ? (data as unknown as StorageValue<T>) : null;
      const why =
        stored === null
          ? 'could not be read'
          : stored.version !== options.version
            ? `saved by another version of Atlas (${String(stored.version)})`
            : null;
      if (why === null) return stored;
      storage?.removeItem(name);
      onReset(options.notice(why));
      return null;
    },
    setItem: (name, value) => {
      try {
        storage?.setItem(name, JSON.stringify(value));
      } catch {
        // A full or blocked storage keeps the value for this visit only.
      }
    },
    removeItem: (name) => storage?.removeItem(name),
  };
}
