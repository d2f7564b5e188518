// Loads the graph once, marks `atlas:data-loaded`, and reloads it when the dev server reports
// that a document changed. A built page loads the map's part only: its concepts and resources come
// chunk by chunk when a view asks for them (details.ts).
import { useEffect, useState } from 'react';
import { dataUrl } from 'virtual:atlas-data';
import type { AtlasPayload } from '../../core/map/index';
import { loadPayload } from './fetch';
import { modelFromPayload } from './load';
import type { AtlasModel } from './model';

/**
 * The first load starts with the script, not after React's first render: the page has nothing else
 * to do until the map part is in. (Its failure is handled where it is awaited.)
 */
let early: Promise<AtlasPayload> | null = loadPayload<AtlasPayload>(dataUrl);
early.catch(() => {});

export type ModelState = { status: 'loading' } | { status: 'ready'; model: AtlasModel } | { status: 'error'; message: string };

export function useAtlasModel(): ModelState {
  const [state, setState] = useState<ModelState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const fail = (e: Error) => live && setState({ status: 'error', message: e.message });
    const load = async (url: string, first: boolean) => {
      const pending = first && early !== null ? early : loadPayload<AtlasPayload>(url);
      if (first) early = null;
      const model = modelFromPayload(await pending, undefined, url);
      if (!live) return;
      if (first) performance.mark('atlas:data-loaded');
      setState({ status: 'ready', model });
    };
    void load(dataUrl, true).catch(fail);
    const onUpdate = (data: { at: number }) => void load(`${dataUrl}?v=${data.at}`, false).catch(fail);
    import.meta.hot?.on('atlas:data-update', onUpdate);
    return () => {
      live = false;
      import.meta.hot?.off('atlas:data-update', onUpdate);
    };
  }, []);
  return state;
}
