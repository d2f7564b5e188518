// What the build reported about the documents, as `file:line: level: message`, for authors.
import type { Diagnostic } from '../../core/types';

export function Diagnostics({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  const count = (level: Diagnostic['level']) => diagnostics.filter((d) => d.level === level).length;
  const summary = [`${count('error')} errors`, `${count('warning')} warnings`, `${count('info')} notes`].join(', ');
  return (
    <details className="diagnostics">
      <summary>Build diagnostics: {summary}</summary>
      {diagnostics.length === 0 ? (
        <p className="muted">The documents built cleanly.</p>
      ) : (
        <ul>
          {diagnostics.map((d, i) => (
            <li key={i} className={`note note-${d.level}`}>
              <code>{`${d.file}:${d.line}`}</code> <span className="level">{d.level}</span> {d.message}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
