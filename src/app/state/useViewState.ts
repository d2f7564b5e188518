// The view state, read from the URL once and written back on every change with replaceState,
// so a copied address reopens the same view without filling the history.
import { useEffect, useReducer, useState } from 'react';
import { reduceView, type ViewAction, type ViewState } from './view';
import { searchFromView, viewFromSearch } from './url';

/** The view, its dispatch, and what the opening link held that could not be used (shown, then kept). */
export function useViewState(): [ViewState, (action: ViewAction) => void, string[]] {
  const [opened] = useState(() => viewFromSearch(location.search));
  const [view, dispatch] = useReducer(reduceView, opened.view);
  useEffect(() => {
    const search = searchFromView(view);
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }, [view]);
  return [view, dispatch, opened.notices];
}
