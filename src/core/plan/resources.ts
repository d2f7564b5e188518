// What to study each step with: the resources that teach it, one per URL, and only links the
// page may make clickable (documents are untrusted input).
import { isClickableUrl } from '../ingest/links.ts';
import type { ResourceAttributes } from '../types.ts';
import type { PlanResource } from './types.ts';
import type { Requirements } from './requirements.ts';

export interface StepResources {
  /** Safe resources per step, in the order the graph lists their `teaches` edges. */
  list: Map<number, PlanResource[]>;
  /** Distinct resource nodes teaching a step, safe or not: an effort estimate's input. */
  count(v: number): number;
}

/**
 * Whether a resource's link may be clickable, per attributes object: the page plans again on every
 * click, and parsing every step's URLs again cost more than the rest of a plan of a few hundred steps.
 */
const clickable = new WeakMap<ResourceAttributes, boolean>();
function isClickable(r: ResourceAttributes): boolean {
  let ok = clickable.get(r);
  if (ok === undefined) clickable.set(r, (ok = isClickableUrl(r.url)));
  return ok;
}

export function resourcesOf(req: Requirements, inPlan: Uint8Array): StepResources {
  const seen = new Map<number, Set<ResourceAttributes>>();
  const list = new Map<number, PlanResource[]>();
  req.teachTo.forEach((v, i) => {
    if (!inPlan[v]) return;
    const r = req.teachBy[i] as ResourceAttributes;
    let mine = seen.get(v);
    if (mine === undefined) seen.set(v, (mine = new Set()));
    if (mine.has(r)) return;
    mine.add(r);
    if (!isClickable(r) || list.get(v)?.some((x) => x.url === r.url)) return;
    const entry = { label: r.label, url: r.url };
    const current = list.get(v);
    if (current) current.push(entry);
    else list.set(v, [entry]);
  });
  return { list, count: (v) => seen.get(v)?.size ?? 0 };
}
