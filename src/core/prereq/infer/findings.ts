// Evidence per pair of topics, from every signal, merged into one confidence. Signals that read
// the same words (a mention and reference distance) are one family and do not add up; independent
// families do, as independent witnesses would: 1 − Π(1 − c).
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

export class Findings {
  /** Pair key → the strongest finding of each signal for that pair. */
  readonly byPair = new Map<number, Finding[]>();
  constructor(private readonly size: number) {}

  key(from: Profile, to: Profile): number {
    return from.at * this.size + to.at;
  }

  add(f: Finding): void {
    if (f.from === f.to || f.from.id === f.to.id) return;
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
