// The selected node's panel with what other features add to it (the planner's actions, feedback
// for authors). Loaded once the map is on screen (App.tsx).
import { memo } from 'react';
import type { NodeId } from '../core/types';
import { DetailsPanel } from './components/DetailsPanel';
import type { AtlasModel } from './data/model';
import { NeedsFirst, WrongEdgeButton } from './feedback/NodeFeedback';
import { NodePlanActions } from './planner/NodePlanActions';
import type { ViewAction } from './state/view';

interface Props {
  model: AtlasModel;
  id: NodeId;
  /** What the panel reads of the view: a re-plan for other reasons (a tick, the hours) leaves it alone. */
  minConfidence: number;
  targets: readonly string[];
  dispatch: (action: ViewAction) => void;
  onSelect: (id: NodeId) => void;
  onClose: () => void;
}

export const NodePanel = memo(function NodePanel({ model, id, minConfidence, targets, dispatch, onSelect, onClose }: Props) {
  return (
    <DetailsPanel
      model={model}
      id={id}
      minConfidence={minConfidence}
      onSelect={onSelect}
      onClose={onClose}
      prerequisiteAction={(p) => <WrongEdgeButton model={model} prerequisite={p} topic={id} />}
    >
      <NodePlanActions
        model={model}
        id={id}
        minConfidence={minConfidence}
        isGoal={targets.includes(id)}
        onAddGoal={(goal) => dispatch({ type: 'plan', plan: { targets: [...targets, goal] } })}
      />
      <NeedsFirst model={model} id={id} />
    </DetailsPanel>
  );
});
