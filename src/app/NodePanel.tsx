// The selected node's panel with what other features add to it (the planner's actions, feedback
// for authors). Loaded once the map is on screen (App.tsx).
import type { NodeId } from '../core/types';
import { DetailsPanel } from './components/DetailsPanel';
import type { AtlasModel } from './data/model';
import { NeedsFirst, WrongEdgeButton } from './feedback/NodeFeedback';
import { NodePlanActions } from './planner/NodePlanActions';
import type { ViewAction, ViewState } from './state/view';

interface Props {
  model: AtlasModel;
  id: NodeId;
  view: ViewState;
  dispatch: (action: ViewAction) => void;
  onSelect: (id: NodeId) => void;
  onClose: () => void;
}

export function NodePanel({ model, id, view, dispatch, onSelect, onClose }: Props) {
  return (
    <DetailsPanel
      model={model}
      id={id}
      minConfidence={view.minConfidence}
      onSelect={onSelect}
      onClose={onClose}
      prerequisiteAction={(p) => <WrongEdgeButton model={model} prerequisite={p} topic={id} />}
    >
      <NodePlanActions
        model={model}
        id={id}
        minConfidence={view.minConfidence}
        isGoal={view.targets.includes(id)}
        onAddGoal={(goal) => dispatch({ type: 'plan', plan: { targets: [...view.targets, goal] } })}
      />
      <NeedsFirst model={model} id={id} />
    </DetailsPanel>
  );
}
