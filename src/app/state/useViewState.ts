// The view state, read from the URL once and written back on every change with replaceState,
// so a copied address reopens the same view without filling the history.
import { useEffect, useReducer } from 'react';
import { reduceView, type ViewAction, type ViewState } from './view';
import { searchFromView, viewFromSearch } from './url';

export function useViewState(): [ViewState, (action: ViewAction) => void] {
  const [view, dispatch] = useReducer(reduceView, undefined, () => viewFromSearch(location.search));
  useEffect(() => {
    const search = searchFromView(view);
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }, [view]);
  return [view, dispatch];
}
