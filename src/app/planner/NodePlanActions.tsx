// The planner's part of the node panel: what the topic unlocks, per path, and the two things a
// learner does with a topic: aim for it, or say it is known.
import { useMemo } from 'react';
import { describeUnlocks, unlocks } from '../../core/rules';
import type { NodeId } from '../../core/types';
import { isLearnable } from '../../core/types';
import type { AtlasModel } from '../data/model';
import { useProgress } from './useProgress';

interface Props {
  model: AtlasModel;
  id: NodeId;
  /** The trust threshold: what builds on a topic is counted over the edges it trusts. */
  minConfidence: number;
  isGoal: boolean;
  onAddGoal: (id: NodeId) => void;
}

const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function NodePlanActions({ model, id, minConfidence, isGoal, onAddGoal }: Props) {
  const known = useProgress((s) => s.known.includes(id));
  const done = useProgress((s) => s.done.includes(id));
  const toggleKnown = useProgress((s) => s.toggleKnown);
  const toggleDone = useProgress((s) => s.toggleDone);
  const a = model.graph.hasNode(id) ? model.graph.getNodeAttributes(id) : null;
  const opens = useMemo(
    () => (a !== null && isLearnable(a) ? unlocks(model.graph, id, minConfidence) : null),
    [model, id, a, minConfidence],
  );
  if (a === null || !['topic', 'milestone', 'section', 'doc', 'path'].includes(a.kind)) return null;
  return (
    <section className="node-plan" aria-label="Plan">
      {opens && (
        <>
          <p className="unlocks">{sentence(describeUnlocks(opens))}</p>
          {opens.byPath.length > 0 && (
            <ul className="unlocks-by-path">
              {opens.byPath.map((p) => (
                <li key={p.path ?? 'other'}>
                  {p.label}: {p.count}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className="node-plan-actions">
        {/* aria-disabled, not disabled: a disabled button drops the keyboard's focus to the page's start. */}
        <button type="button" aria-disabled={isGoal} onClick={() => !isGoal && onAddGoal(id)}>
          {isGoal ? 'A goal' : 'Add as goal'}
        </button>
        {opens && (
          <button type="button" className="secondary" aria-pressed={known} onClick={() => toggleKnown(id)}>
            I know this
          </button>
        )}
        {opens && (
          <button type="button" className="secondary" aria-pressed={done} onClick={() => toggleDone(id)}>
            Done
          </button>
        )}
      </div>
    </section>
  );
}
