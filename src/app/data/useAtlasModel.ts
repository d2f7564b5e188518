// Loads the graph once, marks `atlas:data-loaded`, and reloads it when the dev server reports
// that a document changed. A built page loads in two steps: the map's part first (marked), then
// the concepts and resources, fetched meanwhile and joined in once the map is on screen.
import { useEffect, useState } from 'react';
import { dataUrl, detailsUrl } from 'virtual:atlas-data';
import type { AtlasPayload, DetailsPayload } from '../../core/map/index';
import { loadPayload, modelFromPayload } from './load';
import type { AtlasModel } from './model';

/**
 * `details` is false while a model still lacks the concepts and resources that follow it;
 * `notice` says why they never came (the map stays usable without them).
 */
export type ModelState =
  { status: 'loading' } | { status: 'ready'; model: AtlasModel; details: boolean; notice?: string } | { status: 'error'; message: string };

export function useAtlasModel(): ModelState {
  const [state, setState] = useState<ModelState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const fail = (e: Error) => live && setState({ status: 'error', message: e.message });
    const load = async (url: string, first: boolean) => {
      const details = first && detailsUrl !== null ? loadPayload<DetailsPayload>(detailsUrl) : null;
      // Rejections are handled below, once the map is drawn; until then they must not go unheard.
      details?.catch(() => {});
      const map = await loadPayload<AtlasPayload>(url);
      const model = modelFromPayload(map);
      if (!live) return;
      if (first) performance.mark('atlas:data-loaded');
      // A payload sent whole (the dev server, a page told otherwise) has no order and no second part.
      const split = details !== null && map.order !== undefined;
      setState({ status: 'ready', model, details: !split });
      if (!split) return;
      await new Promise((resolve) => setTimeout(resolve, 0));
      try {
        const full = modelFromPayload(map, await details);
        if (live) setState({ status: 'ready', model: full, details: true });
      } catch (e) {
        if (live)
          setState({
            status: 'ready',
            model,
            details: false,
            notice: `Concepts and resources could not be loaded: ${(e as Error).message}`,
          });
      }
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
