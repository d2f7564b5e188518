// The page header: the dataset and its size, the search box, the view switch and the export menu.
import { useState } from 'react';
import type { Exporter } from '../../core/export/index';
import { plural } from '../../core/rules';
import type { AtlasModel } from '../data/model';
import type { AtlasSearch, SearchHit } from '../search/search-index';
import type { ViewMode } from '../state/view';
import { SearchBox } from './SearchBox';

interface Props {
  model: AtlasModel;
  view: ViewMode;
  onView: (view: ViewMode) => void;
  /** Null while the index is being built. */
  search: AtlasSearch | null;
  onChoose: (hit: SearchHit) => void;
}

export function Header({ model, view, onView, search, onChoose }: Props) {
  const { nodes, edges } = model.stats;
  const topics = (nodes.topic ?? 0) + (nodes.milestone ?? 0);
  return (
    <header className="app-header">
      <div className="brand">
        <span className="logo" aria-hidden="true">
          ◎
        </span>
        <div>
          <h1>
            Atlas <span className="dataset">{model.name}</span>
          </h1>
          <p className="counts">
            {[
              plural(topics, 'topic'),
              plural(edges.requires ?? 0, 'prerequisite'),
              plural(nodes.path ?? 0, 'path'),
              plural(nodes.resource ?? 0, 'resource'),
            ].join(' · ')}
          </p>
        </div>
      </div>
      <SearchBox search={search} onChoose={onChoose} />
      <div className="header-actions">
        <div className="view-switch" role="group" aria-label="View">
          <button type="button" aria-pressed={view === 'map'} onClick={() => onView('map')}>
            Map
          </button>
          <button type="button" aria-pressed={view === 'outline'} onClick={() => onView('outline')}>
            Outline
          </button>
        </div>
        <ExportMenu model={model} />
      </div>
    </header>
  );
}

/**
 * The whole graph in every format the CLI writes: the menu comes from the core's registry, loaded
 * when the menu first opens so the exporters do not delay the map. The file is the CLI's, byte for
 * byte: every concept and resource is fetched first, and the graph written in the whole's order.
 */
function ExportMenu({ model }: { model: AtlasModel }) {
  const [exporters, setExporters] = useState<readonly Exporter[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const load = (open: boolean) => {
    if (open && exporters === null) void import('../../core/export/index').then((m) => setExporters(m.EXPORTERS));
  };
  const run = async (exporter: Exporter, from: HTMLElement) => {
    setProblem(null);
    setBusy(exporter.id);
    try {
      await model.details.ensureAll();
      download(model, exporter, from);
    } catch (e) {
      setProblem(`The graph cannot be exported without its concepts and resources: ${(e as Error).message}`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <details className="export-menu" onToggle={(e) => load(e.currentTarget.open)}>
      <summary>Export</summary>
      <ul>
        {exporters === null ? (
          <li className="muted">Loading formats…</li>
        ) : (
          exporters.map((exporter) => (
            <li key={exporter.id}>
              <button type="button" disabled={busy !== null} onClick={(e) => void run(exporter, e.currentTarget)}>
                {exporter.label}
              </button>
            </li>
          ))
        )}
        {busy !== null && (
          <li className="muted" role="status">
            Fetching every concept and resource…
          </li>
        )}
        {problem !== null && (
          <li className="planner-error" role="alert">
            {problem}
          </li>
        )}
      </ul>
    </details>
  );
}

function download(model: AtlasModel, exporter: Exporter, from: HTMLElement): void {
  const blob = new Blob([exporter.run(model.details.whole())], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${model.name}-graph.${exporter.extension}`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  from.closest('details')?.removeAttribute('open');
}
