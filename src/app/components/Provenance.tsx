// Why an edge exists: every reason, with its origin, confidence, evidence and file:line.
import type { Reason, Source } from '../../core/types';
import { SIGNAL_NAMES } from '../../core/types';

export const where = (s: Source): string => `${s.file}:${s.line}`;
const percent = (c: number): string => `${Math.round(c * 100)}%`;

export function Reasons({ reasons }: { reasons: readonly Reason[] }) {
  return (
    <ul className="reasons">
      {reasons.map((r, i) => (
        <li key={i}>
          <span className={`origin origin-${r.origin}`}>{r.signal ? `${r.origin} · ${SIGNAL_NAMES[r.signal]}` : r.origin}</span>{' '}
          <span className="confidence">{percent(r.confidence)}</span> <span className="evidence">{r.evidence}</span>{' '}
          <code className="source">{where(r.source)}</code>
        </li>
      ))}
    </ul>
  );
}
