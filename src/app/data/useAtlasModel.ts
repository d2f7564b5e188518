// Loads the graph once, marks `atlas:data-loaded`, and reloads it when the dev server reports
// that a document changed.
import { useEffect, useState } from 'react';
import { dataUrl } from 'virtual:atlas-data';
import { loadModel } from './load';
import type { AtlasModel } from './model';

export type ModelState = { status: 'loading' } | { status: 'ready'; model: AtlasModel } | { status: 'error'; message: string };

export function useAtlasModel(): ModelState {
  const [state, setState] = useState<ModelState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const load = (url: string, first: boolean) =>
      loadModel(url).then(
        (model) => {
          if (!live) return;
          if (first) performance.mark('atlas:data-loaded');
          setState({ status: 'ready', model });
        },
        (e: Error) => live && setState({ status: 'error', message: e.message }),
      );
    void load(dataUrl, true);
    const onUpdate = (data: { at: number }) => void load(`${dataUrl}?v=${data.at}`, false);
    import.meta.hot?.on('atlas:data-update', onUpdate);
    return () => {
      live = false;
      import.meta.hot?.off('atlas:data-update', onUpdate);
    };
  }, []);
  return state;
}
