// The graph the app shows: the first load's (first-map.ts loads it with the page's script), and a
// new one whenever the dev server reports that a document changed. A built page loads the map's
// part only: its concepts and resources come chunk by chunk when a view asks for them (details.ts).
import { useEffect, useState } from 'react';
import { dataUrl } from 'virtual:atlas-data';
import type { AtlasPayload } from '../../core/map/index';
import { firstPayload } from '../graph/first-map';
import { loadPayload } from './fetch';
import { modelFromPayload } from './load';
import type { AtlasModel } from './model';

export type ModelState = { status: 'loading' } | { status: 'ready'; model: AtlasModel } | { status: 'error'; message: string };

/** `first`: the model the page's script built from the first load; null if it could not (the first load is read again, to say why). */
export function useAtlasModel(first: AtlasModel | null): ModelState {
  const [state, setState] = useState<ModelState>(first ? { status: 'ready', model: first } : { status: 'loading' });
  useEffect(() => {
    let live = true;
    const fail = (e: Error) => live && setState({ status: 'error', message: e.message });
    const load = async (pending: Promise<AtlasPayload>, url: string) => {
      const model = modelFromPayload(await pending, undefined, url);
      if (live) setState({ status: 'ready', model });
    };
    if (first === null) void load(firstPayload, dataUrl).catch(fail);
    const onUpdate = (data: { at: number }) => {
      const url = `${dataUrl}?v=${data.at}`;
      void load(loadPayload<AtlasPayload>(url), url).catch(fail);
    };
    import.meta.hot?.on('atlas:data-update', onUpdate);
    return () => {
      live = false;
      import.meta.hot?.off('atlas:data-update', onUpdate);
    };
  }, [first]);
  return state;
}
