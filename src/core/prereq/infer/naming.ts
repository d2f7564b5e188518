// Breadth and naming: "X Fundamentals", "X Basics" and "Introduction to X" come before a topic that
// narrows or applies X ("Cloud X", "Advanced X", "X for Y"). Names are compared by stems, so
// "Networking Fundamentals" meets "Network Security" and "Statistics" meets "Statistical Analysis".
// Where the broad topic's words are all in the narrow one's, the names say it; where the two only
// share their subject, the broad topic must also come first in the document, as an introduction does.
// A name that adds a word to an earlier one ("Container Security", then "Container Runtime Security")
// extends it, when the earlier name is more than one common word.
import type { Findings } from './findings.ts';
import type { Profile } from './profiles.ts';

export const NAMING_CONFIDENCE = { broad: 0.55, introduces: 0.5, extends: 0.5, contained: 0.3 } as const;

/** Subjects and words of a topic's name, as one set of keys. */
const keysOf = (p: Profile): string[] => [...p.core, ...p.subjects.map((s) => `#${s.id}`)];

export function namingSignal(groups: readonly Profile[][], findings: Findings): void {
  for (const group of groups) {
    const byKey = new Map<string, Profile[]>();
    for (const p of group) for (const k of keysOf(p)) (byKey.get(k) ?? byKey.set(k, []).get(k))?.push(p);
    // A word or subject that a third of the document's topics share is the document's theme: it orders none of them.
    const theme = Math.max(3, Math.ceil(group.length / 3));
    for (const a of group) {
      if (a.core.length === 0) continue;
      const candidates = new Map<Profile, string[]>();
      for (const k of keysOf(a)) {
        const list = byKey.get(k) ?? [];
        if (list.length > theme) continue;
        for (const b of list)
          if (b !== a)
            (candidates.get(b) ?? candidates.set(b, []).get(b))?.push(
              k.startsWith('#') ? (a.subjects.find((s) => `#${s.id}` === k)?.phrase ?? k) : k,
            );
      }
      for (const [b, shared] of candidates) {
        if (b.broad && !a.broad) continue;
        const contained = a.core.every((t) => b.core.includes(t));
        const wider = contained && b.core.length > a.core.length;
        let confidence = 0;
        let evidence = (): string => '';
        if (a.broad && !b.broad && (wider || (contained && b.narrow))) {
          confidence = NAMING_CONFIDENCE.broad;
          evidence = () => `naming: "${a.label}" is the broad topic that "${b.label}" narrows`;
        } else if (a.broad && !b.broad && a.order < b.order && sharesSubject(a, b)) {
          confidence = NAMING_CONFIDENCE.introduces;
          evidence = () => `naming: "${a.label}" introduces ${shared.join(', ')} before "${b.label}" applies it`;
        } else if (wider && a.core.length <= 3 && a.order < b.order && (a.core.length >= 2 || a.subjects.length > 0)) {
          confidence = NAMING_CONFIDENCE.extends;
          evidence = () => `naming: "${b.label}" adds to every word of "${a.label}", which the document teaches first`;
        } else if (wider && a.core.length <= 3) {
          confidence = NAMING_CONFIDENCE.contained;
          evidence = () => `naming: every word of "${a.label}" is in "${b.label}", which adds to it`;
        } else continue;
        findings.add({ from: a, to: b, signal: 'naming', confidence, evidence, source: b.source });
      }
    }
  }
}

/** Whether two topics name a subject in common: one shared stem ("comput" of computer and computational) is not enough. */
const sharesSubject = (a: Profile, b: Profile): boolean => a.subjects.some((s) => b.subjects.some((t) => t.id === s.id));
