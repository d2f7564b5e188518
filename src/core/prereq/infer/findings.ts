// Evidence per pair of topics, from every signal, merged into one confidence. Signals that read
// the same words (a mention and reference distance) are one family and do not add up; independent
// families do, as independent witnesses would: 1 − Π(1 − c). Authors teach what comes first first:
// evidence that a topic needs one its document teaches later is discounted, so it must be strong,
// or agreed on, to order the two against the author.
import type { Reason, Signal, Source } from '../../types.ts';
import type { Profile } from './profiles.ts';

export interface Finding {
  from: Profile;
  to: Profile;
  signal: Signal;
  confidence: number;
  /** Phrased only for the findings that become edges: most never do. */
  evidence: () => string;
  source: Source;
}

const FAMILY: Record<Signal, string> = {
  mention: 'text',
  refd: 'text',
  naming: 'naming',
  knowledge: 'knowledge',
  agreement: 'agreement',
  assessment: 'assessment',
  schedule: 'schedule',
};

/** The confidence of an inferred edge from its reasons: the strongest per family, families combined. */
export function combinedConfidence(reasons: readonly Pick<Reason, 'signal' | 'confidence'>[]): number {
  const best = new Map<string, number>();
  for (const r of reasons) {
    const family = r.signal === undefined ? 'text' : FAMILY[r.signal];
    best.set(family, Math.max(best.get(family) ?? 0, r.confidence));
  }
  let doubt = 1;
  for (const c of best.values()) doubt *= 1 - c;
  return Math.round((1 - doubt) * 100) / 100;
}

/** What evidence against the document's order keeps of its confidence. */
export const AGAINST_ORDER = 0.65;

export class Findings {
  /** Pair key → the strongest finding of each signal for that pair. */
  readonly byPair = new Map<number, Finding[]>();
  constructor(private readonly size: number) {}

  key(from: Profile, to: Profile): number {
    return from.at * this.size + to.at;
  }

  add(found: Finding): void {
    if (found.from === found.to || found.from.id === found.to.id) return;
    const f = found.from.doc === found.to.doc && found.from.order > found.to.order ? againstOrder(found) : found;
    const k = this.key(f.from, f.to);
    const list = this.byPair.get(k);
    if (list === undefined) {
      this.byPair.set(k, [f]);
      return;
    }
    const same = list.findIndex((x) => x.signal === f.signal);
    if (same < 0) list.push(f);
    else if ((list[same] as Finding).confidence < f.confidence) list[same] = f;
  }

  confidence(from: Profile, to: Profile): number {
    const list = this.byPair.get(this.key(from, to));
    return list ? combinedConfidence(list) : 0;
  }
}

function againstOrder(f: Finding): Finding {
  const confidence = Math.round(f.confidence * AGAINST_ORDER * 100) / 100;
  return {
    ...f,
    confidence,
    evidence: () =>
      `${f.evidence()} (against the document's order, which teaches "${f.from.label}" later: ${f.confidence} × ${AGAINST_ORDER})`,
  };
}
