// The views' hold on the details (details.ts): re-rendered when what they show arrives, and asking for the
// chunks of the nodes they show.
import { useEffect, useSyncExternalStore } from 'react';
import type { NodeId } from '../../core/types';
import type { Details } from './details';

export interface DetailsFor {
  ready: boolean;
  /** Why they will not come, for the reader. */
  failure: string | null;
  /** Fetches what failed again. */
  retry: () => void;
}

/**
 * Fetches the details these nodes need (once each) and says whether they are in; re-renders only
 * when that answer changes, not for every chunk the prefetch joins.
 */
export function useDetailsFor(details: Details, ids: readonly NodeId[]): DetailsFor {
  const key = ids.join('\n');
  const snapshot = useSyncExternalStore(details.subscribe, () => {
    const list = key === '' ? [] : key.split('\n');
    return `${details.ready(list)}\n${details.failure(list) ?? ''}`;
  });
  useEffect(() => {
    // A failure is reported by `failure` below, where the reader needs it.
    void details.ensure(key === '' ? [] : key.split('\n')).catch(() => {});
  }, [details, key]);
  const [ready, failure] = snapshot.split('\n');
  return { ready: ready === 'true', failure: failure || null, retry: details.retry };
}

const unsubscribed = () => () => {};

/**
 * With `wanted` (the map showing concepts or resources), fetches every chunk, and says when all
 * are in; without, it neither fetches nor re-renders as chunks arrive.
 */
export function useAllDetails(details: Details, wanted: boolean): DetailsFor {
  const snapshot = useSyncExternalStore(wanted ? details.subscribe : unsubscribed, () =>
    wanted ? `${details.loaded === details.total}\n${details.error ?? ''}` : 'off',
  );
  useEffect(() => {
    if (wanted) void details.ensureAll().catch(() => {});
  }, [details, wanted]);
  const [ready, failure] = snapshot.split('\n');
  return { ready: ready === 'true', failure: failure || null, retry: details.retry };
}
