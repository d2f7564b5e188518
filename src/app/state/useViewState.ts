// The view state, read from the URL once and written back after every change with replaceState,
// so a copied address reopens the same view without filling the history.
import { useEffect, useReducer, useState } from 'react';
import { reduceView, type ViewAction, type ViewState } from './view';
import { searchFromView, viewFromSearch } from './url';

/** The view, its dispatch, and what the opening link held that could not be used (shown, then kept). */
export function useViewState(): [ViewState, (action: ViewAction) => void, string[]] {
  const [opened] = useState(() => viewFromSearch(location.search));
  const [view, dispatch] = useReducer(reduceView, opened.view);
  // Written once the change is on screen: a replaceState takes Chromium some milliseconds, which the
  // click that changed the view (a plan re-made, a panel opened) should not wait for. Changes in
  // between make one write.
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(
      () =>
        (timer = window.setTimeout(() => {
          const search = searchFromView(view);
          if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
        })),
    );
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [view]);
  return [view, dispatch, opened.notices];
}
