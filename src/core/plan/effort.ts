// How many hours a topic takes, independent of the learner's pace, from what the documents give:
// a duration written for the topic; a module's duration spread over its topics by their weight;
// otherwise the topic's own material (its concepts and the kind and size of its resources).
// Each estimate says its basis, so a learner can see why a step costs what it does.
import type { ResourceAttributes } from '../types.ts';
import { NONE, type Requirements } from './requirements.ts';
import type { PlanStep } from './types.ts';

/** The study week the documents' "(8-12 weeks)" durations are read in. */
export const NOMINAL_HOURS_PER_WEEK = 10;
/** Every topic: a base for reading its text and practising. */
export const BASE_TOPIC_HOURS = 2;
/** Each concept bullet. */
export const HOURS_PER_CONCEPT = 1;
/** A topic's resources are alternatives: the largest is studied, each other one skimmed for this long. */
export const HOURS_PER_RESOURCE = 0.5;

/** Resource kinds by what their title, host and description say, largest first, with the hours one takes. */
export const RESOURCE_KINDS: readonly { kind: string; hours: number; test: RegExp }[] = [
  {
    kind: 'book',
    hours: 10,
    test: /\b(book|handbook|textbook|mitpress|oreilly|manning\.com|greenteapress|elements of|think (stats|python|bayes))\b/i,
  },
  {
    kind: 'course',
    hours: 8,
    test: /\b(course|courses|specialization|bootcamp|mooc|nanodegree|ocw\.mit|coursera|edx|udemy|udacity|khanacademy|khan academy|training|class)\b/i,
  },
  { kind: 'video series', hours: 4, test: /\b(playlist|lectures|video series)\b/i },
  { kind: 'video', hours: 1.5, test: /\b(youtube|youtu\.be|video|talk)\b/i },
  { kind: 'tutorial', hours: 2, test: /\b(tutorials?|guide|getting started|quickstart|walkthrough|hands-on|labs?|exercises|practice)\b/i },
  { kind: 'documentation page', hours: 2, test: /\b(docs|documentation|reference|manual|user guide|api|spec|specification)\b/i },
];
/** A link of no recognisable kind: an article. */
export const ARTICLE = { kind: 'article', hours: 1 } as const;

const KINDS: readonly { kind: string; hours: number }[] = [...RESOURCE_KINDS, ARTICLE];
/** A resource's kind, by its index in KINDS: read once per resource object, not once per plan. */
const kindCache = new WeakMap<ResourceAttributes, number>();

function kindIndex(r: ResourceAttributes): number {
  let k = kindCache.get(r);
  if (k === undefined) {
    const text = `${r.label} ${r.url} ${r.description ?? ''}`;
    k = RESOURCE_KINDS.findIndex((x) => x.test.test(text));
    if (k < 0) k = RESOURCE_KINDS.length;
    kindCache.set(r, k);
  }
  return k;
}

export function resourceKind(r: ResourceAttributes): { kind: string; hours: number } {
  return KINDS[kindIndex(r)] as { kind: string; hours: number };
}

export interface Effort {
  hours: Float64Array;
  /**
   * Step v's hours with how they were estimated, frozen: steps with the same hours and basis share
   * one object, as most steps of a large plan have one of a few dozen.
   */
  of(v: number): PlanStep['effort'];
}

const NO_OWN_HOURS: ReadonlyMap<number, number> = new Map();

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Hours per step, in order of evidence: the topic's own `weeks` (mean × NOMINAL_HOURS_PER_WEEK);
 * else its document's `weeks`, spread over the document's topics in proportion to their material;
 * else the material itself: BASE_TOPIC_HOURS, HOURS_PER_CONCEPT per concept, the largest
 * resource's hours and HOURS_PER_RESOURCE per other resource. Rounded to half hours. The learner's
 * `own` hours for a step (by index) replace the estimate.
 */
export function estimateHours(req: Requirements, steps: Int32Array, own: ReadonlyMap<number, number> = NO_OWN_HOURS): Effort {
  const { weeks, doc, docWeeks, learnables } = req;
  const hours = req.scratch.float64('effort.hours', req.n);
  // A module's weight, for the documents the plan reads a duration from.
  const docWeight = new Map<number, number>();
  // Material is read for the steps and for every topic of a module whose duration they share.
  const needed = req.scratch.uint8('effort.needed', learnables);
  for (let i = 0; i < steps.length; i++) {
    const v = steps[i] as number;
    if (v >= learnables) continue;
    needed[v] = 1;
    const d = doc[v] as number;
    if ((weeks[v] as number) === NONE && (docWeeks[d] as number) !== NONE && !docWeight.has(d)) docWeight.set(d, 0);
  }
  if (docWeight.size > 0) for (let v = 0; v < learnables; v++) if (docWeight.has(doc[v] as number)) needed[v] = 1;
  const material = materialOf(req, needed);
  if (docWeight.size > 0) {
    for (let v = 0; v < learnables; v++) {
      const d = doc[v] as number;
      const sum = docWeight.get(d);
      if (sum !== undefined) docWeight.set(d, sum + (material.hours[v] as number));
    }
  }
  for (let i = 0; i < steps.length; i++) {
    const v = steps[i] as number;
    if (v >= learnables) continue;
    const own = weeks[v] as number;
    const d = doc[v] as number;
    const fromDoc = docWeeks[d] as number;
    if (own !== NONE) hours[v] = roundHalf(own * NOMINAL_HOURS_PER_WEEK);
    else if (fromDoc !== NONE)
      hours[v] = roundHalf((fromDoc * NOMINAL_HOURS_PER_WEEK * (material.hours[v] as number)) / (docWeight.get(d) as number));
    else hours[v] = roundHalf(material.hours[v] as number);
  }
  // Most steps share their basis with many others (the same weeks, or the same count of concepts
  // and resources of each kind): each distinct sentence is phrased once per plan and numbered, and
  // a step finds it, and its effort object, by number rather than by string.
  const bases: string[] = [];
  const byOwnWeeks = new Map<number, number>();
  const byModule = new Map<number, number[]>();
  const byMaterial: number[] = [];
  const numbered = (text: string): number => bases.push(text) - 1;
  const basisOf = (v: number): number => {
    const own = weeks[v] as number;
    if (own !== NONE) {
      let b = byOwnWeeks.get(own);
      if (b === undefined)
        byOwnWeeks.set(own, (b = numbered(`${own} weeks written for this topic, at ${NOMINAL_HOURS_PER_WEEK} h a week`)));
      return b;
    }
    const k = material.index(v);
    const fromDoc = docWeeks[doc[v] as number] as number;
    if (fromDoc === NONE) return (byMaterial[k] ??= numbered(`${BASE_TOPIC_HOURS} h base + ${material.text(k)}`));
    let ofModule = byModule.get(fromDoc);
    if (ofModule === undefined) byModule.set(fromDoc, (ofModule = []));
    return (ofModule[k] ??= numbered(
      `its module's ${fromDoc} weeks at ${NOMINAL_HOURS_PER_WEEK} h a week, spread over the module's topics by their material (this one: ${material.text(k)})`,
    ));
  };
  // Per basis, the effort object of the first hours seen with it (almost always the only ones), then any other hours.
  const first: (PlanStep['effort'] | undefined)[] = [];
  const others = new Map<number, Map<number, PlanStep['effort']>>();
  const shared = (b: number, h: number): PlanStep['effort'] => {
    const e = first[b];
    if (e !== undefined && e.hours === h) return e;
    if (e === undefined) return (first[b] = Object.freeze({ hours: h, basis: bases[b] as string }));
    let byHours = others.get(b);
    if (byHours === undefined) others.set(b, (byHours = new Map()));
    let other = byHours.get(h);
    if (other === undefined) byHours.set(h, (other = Object.freeze({ hours: h, basis: bases[b] as string })));
    return other;
  };
  if (own.size === 0) return { hours, of: (v) => shared(basisOf(v), hours[v] as number) };
  // The learner's own hours win; the basis keeps Atlas's estimate beside them, so it can be compared.
  const estimated = new Map<number, number>();
  for (let i = 0; i < steps.length; i++) {
    const v = steps[i] as number;
    const h = own.get(v);
    if (h === undefined || v >= learnables) continue;
    estimated.set(v, hours[v] as number);
    hours[v] = h;
  }
  const of = (v: number): PlanStep['effort'] => {
    const e = estimated.get(v);
    if (e === undefined) return shared(basisOf(v), hours[v] as number);
    return Object.freeze({ hours: hours[v] as number, basis: `your own hours (Atlas estimated ${e} h: ${bases[basisOf(v)] as string})` });
  };
  return { hours, of };
}

/**
 * Each needed learnable's hours from its own material, and that material numbered and in words:
 * "3 concepts, 1 course, 2 articles (8 h for the largest, …)".
 */
function materialOf(
  req: Requirements,
  needed: Uint8Array,
): { hours: Float64Array; index: (v: number) => number; text: (k: number) => string } {
  const { learnables, concepts, scratch } = req;
  const K = KINDS.length;
  const largest = scratch.float64('effort.largest', learnables);
  const count = scratch.int32('effort.count', learnables);
  const byKind = scratch.uint16('effort.byKind', learnables * K);
  // Each topic's counts by kind as one number (the counts as digits in base SMALL_COUNT, first kind
  // first), kept as the citations are counted; -1 once a count reaches SMALL_COUNT.
  const kindKey = scratch.int32('effort.kindKey', learnables);
  // The same resource cited twice for one topic counts once: the previous resource per topic is enough, as a topic's citations come together.
  const last = new Map<number, ResourceAttributes[]>();
  req.teachTo.forEach((v, i) => {
    if (v >= learnables || !needed[v]) return;
    const r = req.teachBy[i] as ResourceAttributes;
    const mine = last.get(v);
    if (mine?.includes(r)) return;
    if (mine) mine.push(r);
    else last.set(v, [r]);
    const k = kindIndex(r);
    const h = (KINDS[k] as { hours: number }).hours;
    count[v] = (count[v] as number) + 1;
    if (h > (largest[v] as number)) largest[v] = h;
    const c = (byKind[v * K + k] as number) + 1;
    byKind[v * K + k] = c;
    const key = kindKey[v] as number;
    if (key >= 0) kindKey[v] = c < SMALL_COUNT ? key + (DIGIT[k] as number) : -1;
  });
  const hours = scratch.float64('effort.material', learnables);
  for (let v = 0; v < learnables; v++) {
    if (!needed[v]) continue;
    hours[v] =
      BASE_TOPIC_HOURS +
      HOURS_PER_CONCEPT * (concepts[v] as number) +
      (largest[v] as number) +
      HOURS_PER_RESOURCE * Math.max(0, (count[v] as number) - 1);
  }
  const kinds = (v: number): string => {
    const n = count[v] as number;
    if (n === 0) return '';
    const parts: string[] = [];
    for (let k = 0; k < K; k++) if (byKind[v * K + k]) parts.push(plural(byKind[v * K + k] as number, (KINDS[k] as { kind: string }).kind));
    return `${parts.join(', ')} (${largest[v]} h for the largest${n > 1 ? `, ${HOURS_PER_RESOURCE} h for each other` : ''})`;
  };
  // The words depend only on the counts (the largest kind follows from them), so topics with the
  // same counts share one number and one string.
  const texts: string[] = [];
  const byKey = new Map<number, number>();
  const byText = new Map<string, number>();
  const byWords = (v: number): number => {
    const described = kinds(v);
    const text = `${plural(concepts[v] as number, 'concept')}${described ? `, ${described}` : ''}`;
    let i = byText.get(text);
    if (i === undefined) byText.set(text, (i = texts.push(text) - 1));
    return i;
  };
  const index = (v: number): number => {
    const byKinds = kindKey[v] as number;
    const c = concepts[v] as number;
    if (byKinds < 0 || c >= SMALL_CONCEPTS) return byWords(v);
    const key = c * KIND_SPAN + byKinds;
    let i = byKey.get(key);
    if (i === undefined) byKey.set(key, (i = byWords(v)));
    return i;
  };
  return { hours, index, text: (k) => texts[k] as string };
}

/**
 * A material of fewer concepts and fewer resources of each kind than these (almost every topic's)
 * is numbered by a small integer key (under 2^29): its counts as digits. Any other is found by its words.
 */
const SMALL_CONCEPTS = 256;
const SMALL_COUNT = 8;
/** What one resource of kind k adds to a topic's kind key. */
const DIGIT: readonly number[] = KINDS.map((_x, k) => SMALL_COUNT ** (KINDS.length - 1 - k));
/** One more than the largest kind key: the place of the concepts' digit. */
const KIND_SPAN = SMALL_COUNT ** KINDS.length;

/** Half hours, and at least half an hour: a step always takes some time. */
function roundHalf(h: number): number {
  return Math.max(0.5, Math.round(h * 2) / 2);
}
