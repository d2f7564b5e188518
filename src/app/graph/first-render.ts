// `atlas:first-render`, and what waits for it. The planner, next-up, the search index and the side
// panels are built once the map is on screen and the browser has shown it, so that none of them
// delays the map a reader came for.
let marked = false;
let shown = false;
const listeners = new Set<() => void>();

/** Called when sigma has drawn the map with its data; once per page. */
export function markFirstRender(): void {
  if (marked) return;
  marked = true;
  performance.mark('atlas:first-render');
  // The frame after this one is the first the browser presents with the map; work queued behind it waits for it.
  requestAnimationFrame(() =>
    setTimeout(() => {
      shown = true;
      for (const l of listeners) l();
    }),
  );
}

/** For useSyncExternalStore: told once, when the first map is on screen. */
export const subscribeMapShown = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** True once the first map is on screen. */
export const mapShown = (): boolean => shown;
