// The page header: the dataset and its size, the search box, the view switch and the download.
import type { AtlasModel } from '../data/model';
import type { AtlasSearch, SearchHit } from '../search/search-index';
import type { ViewMode } from '../state/view';
import { SearchBox } from './SearchBox';

interface Props {
  model: AtlasModel;
  view: ViewMode;
  onView: (view: ViewMode) => void;
  getSearch: () => AtlasSearch;
  onChoose: (hit: SearchHit) => void;
}

export function Header({ model, view, onView, getSearch, onChoose }: Props) {
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
            {topics} topics · {edges.requires ?? 0} prerequisites · {model.paths.length} paths · {nodes.resource ?? 0} resources
          </p>
        </div>
      </div>
      <SearchBox getSearch={getSearch} onChoose={onChoose} />
      <div className="header-actions">
        <div className="view-switch" role="group" aria-label="View">
          <button type="button" aria-pressed={view === 'map'} onClick={() => onView('map')}>
            Map
          </button>
          <button type="button" aria-pressed={view === 'outline'} onClick={() => onView('outline')}>
            Outline
          </button>
        </div>
        <button type="button" className="secondary" onClick={() => downloadJson(model)} title="Download the whole graph as graphology JSON">
          JSON
        </button>
      </div>
    </header>
  );
}

function downloadJson(model: AtlasModel): void {
  const blob = new Blob([JSON.stringify(model.graph.export(), null, 1)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${model.name}-graph.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
