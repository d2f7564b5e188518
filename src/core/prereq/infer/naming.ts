// Breadth and naming: "X Fundamentals", "X Basics" and "Introduction to X" come before a topic that
// narrows or applies X ("Cloud X", "Advanced X", "X for Y"). Names are compared by stems, so
// "Networking Fundamentals" meets "Network Security" and "Statistics" meets "Statistical Analysis".
import type { Findings } from './findings';
import type { Profile } from './profiles';

export const NAMING_CONFIDENCE = { broad: 0.55, contained: 0.3 } as const;

export function namingSignal(groups: readonly Profile[][], findings: Findings): void {
  for (const group of groups) {
    const byTerm = new Map<string, Profile[]>();
    for (const p of group) for (const t of p.core) (byTerm.get(t) ?? byTerm.set(t, []).get(t))?.push(p);
    for (const a of group) {
      if (a.core.length === 0 || a.core.length > 3) continue;
      for (const b of byTerm.get(a.core[0] as string) ?? []) {
        if (b === a || !a.core.every((t) => b.core.includes(t))) continue;
        const wider = b.core.length > a.core.length;
        // Same words: only "X Fundamentals" against "Advanced X" orders them.
        if (!wider && !(a.broad && b.narrow && !b.broad)) continue;
        if (b.broad && !a.broad) continue;
        const broad = a.broad && !b.broad;
        const extra = b.core.filter((t) => !a.core.includes(t));
        findings.add({
          from: a,
          to: b,
          signal: 'naming',
          confidence: broad ? NAMING_CONFIDENCE.broad : NAMING_CONFIDENCE.contained,
          evidence: broad
            ? `naming: "${a.label}" is the broad topic whose words (${a.core.join(', ')}) "${b.label}" narrows${extra.length ? ` with ${extra.join(', ')}` : ''}`
            : `naming: every word of "${a.label}" (${a.core.join(', ')}) is in "${b.label}", which adds ${extra.join(', ')}`,
          source: b.source,
        });
      }
    }
  }
}
