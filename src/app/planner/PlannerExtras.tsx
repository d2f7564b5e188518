// The planner's companions: what is done and known (unticking is the undo), what can be studied
// next, and how much of each learning path the learner already covers.
import { useMemo, useState } from 'react';
import type { NextTopic } from '../../core/plan/index';
import type { NodeId } from '../../core/types';
import { isLearnable } from '../../core/types';
import type { AtlasModel } from '../data/model';
import { progressFromFile, progressToFile } from '../state/progress';
import { downloadText } from './download';
import type { Learner } from './learner';
import { useProgress } from './useProgress';

type Select = (id: NodeId) => void;

const labelOf = (model: AtlasModel, id: NodeId) => (model.graph.hasNode(id) ? model.graph.getNodeAttribute(id, 'label') : id);

export function ProgressLists({ model, onSelect }: { model: AtlasModel; onSelect: Select }) {
  const done = useProgress((s) => s.done);
  const known = useProgress((s) => s.known);
  const hours = useProgress((s) => s.hours);
  const toggleDone = useProgress((s) => s.toggleDone);
  const toggleKnown = useProgress((s) => s.toggleKnown);
  const replace = useProgress((s) => s.replace);
  const [importStatus, setImportStatus] = useState<string | null>(null);
  const importFile = (file: File | undefined) => {
    if (!file) return;
    void file.text().then((text) => {
      try {
        const progress = progressFromFile(text);
        replace(progress);
        setImportStatus(`Imported ${progress.done.length} done and ${progress.known.length} known topics.`);
      } catch (e) {
        setImportStatus(`Not imported: ${(e as Error).message}.`);
      }
    });
  };
  const [knownOpen, setKnownOpen] = useState(false);
  const knownSet = useMemo(() => new Set(known), [known]);
  const topics = useMemo(() => {
    const out: { id: NodeId; label: string }[] = [];
    model.graph.forEachNode((id, a) => void (isLearnable(a) && out.push({ id, label: a.label })));
    return out;
  }, [model]);
  return (
    <>
      {done.length > 0 && (
        <details className="planner-block" open>
          <summary>Done ({done.length})</summary>
          <ul className="tick-list" aria-label="Done">
            {done.map((id) => (
              <li key={id}>
                <input type="checkbox" checked aria-label={`Done: ${labelOf(model, id)}`} onChange={() => toggleDone(id)} />
                <button type="button" className="link-button" onClick={() => model.graph.hasNode(id) && onSelect(id)}>
                  {labelOf(model, id)}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {/* A checkbox per topic is tens of thousands of elements on a large curriculum: made when opened. */}
      <details className="planner-block" onToggle={(e) => setKnownOpen(e.currentTarget.open)}>
        <summary>What I know ({known.length})</summary>
        {knownOpen && (
          <ul className="tick-list" aria-label="What I know">
            {topics.map((t) => (
              <li key={t.id}>
                <label>
                  <input type="checkbox" checked={knownSet.has(t.id)} onChange={() => toggleKnown(t.id)} /> {t.label}
                </label>
              </li>
            ))}
          </ul>
        )}
      </details>
      <div className="progress-files">
        <button
          type="button"
          className="secondary"
          onClick={() => downloadText(`${model.name}-progress.json`, progressToFile({ known, done, hours }), 'application/json')}
        >
          Export progress
        </button>
        <label className="secondary file-button">
          Import progress
          <input
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            onChange={(e) => importFile(e.currentTarget.files?.[0])}
          />
        </label>
      </div>
      {importStatus && <p role="status">{importStatus}</p>}
    </>
  );
}

export function NextUp({ next, onSelect }: { next: NextTopic[]; onSelect: Select }) {
  return (
    <div className="planner-block">
      <h3 id="next-up-title">Next up</h3>
      {next.length === 0 ? (
        <p className="muted">Nothing is ready: every remaining topic waits for another.</p>
      ) : (
        <ol className="next-up" aria-labelledby="next-up-title">
          {next.slice(0, 12).map((t) => (
            <li key={t.id}>
              <button type="button" className="link-button" onClick={() => onSelect(t.id)}>
                {t.label}
              </button>{' '}
              <span className="muted">unlocks {t.unlocks}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

export function CoverageBars({ model, learner, onSelect }: { model: AtlasModel; learner: Learner; onSelect: Select }) {
  if (learner.coverage.length === 0) return null;
  return (
    <div className="planner-block">
      <h3>Coverage by path</h3>
      <ul className="coverage">
        {learner.coverage.map((c) => (
          <li key={c.path}>
            <label>
              <span>
                {c.label}{' '}
                <span className="muted">
                  {c.covered}/{c.topics}
                </span>
              </span>
              <meter min={0} max={1} value={c.share}>
                {Math.round(c.share * 100)}%
              </meter>
            </label>
          </li>
        ))}
      </ul>
      {learner.covered.length > 0 && (
        <ul className="covered" aria-label="Covered through similar topics">
          {learner.covered.map((c) => (
            <li key={c.topic}>
              <button type="button" className="link-button" onClick={() => onSelect(c.topic)}>
                {labelOf(model, c.topic)}
              </button>{' '}
              <span className="muted">
                via {labelOf(model, c.via)}, {Math.round(c.similarity * 100)}% similar
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
