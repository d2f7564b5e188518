// The sidebar's panels: the planner, feedback for authors, filters and legend, opening a folder,
// the build's diagnostics. Loaded once the map is on screen (App.tsx), with the code only they need.
import type { AtlasModel } from './data/model';
import { Diagnostics } from './components/Diagnostics';
import { Filters } from './components/Filters';
import { FeedbackList } from './feedback/FeedbackList';
import { OpenFolder } from './open-folder/OpenFolder';
import type { Learner } from './planner/learner';
import { Planner } from './planner/Planner';
import type { ViewAction, ViewState } from './state/view';
import type { NodeId } from '../core/types';

interface Props {
  model: AtlasModel;
  view: ViewState;
  dispatch: (action: ViewAction) => void;
  learner: Learner;
  linkNotices: string[];
  onSelect: (id: NodeId) => void;
  /** A folder opened in the page: its model replaces the graph. */
  onOpen: (model: AtlasModel) => void;
}

export function Sidebar({ model, view, dispatch, learner, linkNotices, onSelect, onOpen }: Props) {
  return (
    <>
      <Planner model={model} view={view} dispatch={dispatch} learner={learner} linkNotices={linkNotices} onSelect={onSelect} />
      <FeedbackList model={model} />
      <Filters model={model} view={view} dispatch={dispatch} />
      <OpenFolder onModel={onOpen} />
      <Diagnostics diagnostics={model.diagnostics} />
    </>
  );
}
