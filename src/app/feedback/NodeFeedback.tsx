// Feedback for authors in the node panel: "this needs X first" on a topic, and "this edge is
// wrong" beside each of its prerequisites. The suggestions are kept in the browser and listed,
// with their exports, by FeedbackList.
import { useId, useMemo, useState } from 'react';
import type { NodeId } from '../../core/types';
import { isLearnable } from '../../core/types';
import type { AtlasModel } from '../data/model';
import { findGoal, goalChoices, goalProblem } from '../planner/goals';
import { useSuggestions } from './useSuggestions';
import './feedback.css';

const TOPIC_KINDS = new Set(['topic', 'milestone']);

/** "This needs X first", X picked by title from the dataset's topics. */
export function NeedsFirst({ model, id }: { model: AtlasModel; id: NodeId }) {
  const fieldId = useId();
  const topics = useMemo(() => goalChoices(model).filter((g) => TOPIC_KINDS.has(g.kind)), [model]);
  const add = useSuggestions((s) => s.add);
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const a = model.graph.hasNode(id) ? model.graph.getNodeAttributes(id) : null;
  if (a === null || !isLearnable(a)) return null;
  const suggest = () => {
    const needs = findGoal(topics, typed);
    if (needs === null) return setMessage(goalProblem(topics, typed, 'topic'));
    if (needs.id === id) return setMessage('A topic cannot need itself first.');
    add({ type: 'needs', topic: id, needs: needs.id });
    setTyped('');
    setMessage(`Suggested: ${a.label} needs ${needs.label} first.`);
  };
  return (
    <form
      className="needs-first"
      aria-label="Suggest a prerequisite"
      onSubmit={(e) => {
        e.preventDefault();
        suggest();
      }}
    >
      <label htmlFor={`${fieldId}-needs`}>This needs first</label>
      <div className="needs-first-row">
        <input
          id={`${fieldId}-needs`}
          list={`${fieldId}-topics`}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          placeholder="A topic's title"
        />
        <button type="submit" className="secondary">
          Suggest
        </button>
      </div>
      <datalist id={`${fieldId}-topics`}>
        {topics.map((t) => (
          <option key={t.id} value={t.title} />
        ))}
      </datalist>
      {message && (
        <p className="muted" role="status">
          {message}
        </p>
      )}
    </form>
  );
}

/** Beside a prerequisite: the learner reports the edge prerequisite → topic as wrong (and can take it back). */
export function WrongEdgeButton({ model, prerequisite, topic }: { model: AtlasModel; prerequisite: NodeId; topic: NodeId }) {
  const marked = useSuggestions((s) => s.suggestions.some((x) => x.type === 'wrong-edge' && x.from === prerequisite && x.to === topic));
  const toggle = useSuggestions((s) => s.toggle);
  const name = model.graph.hasNode(prerequisite) ? model.graph.getNodeAttribute(prerequisite, 'label') : prerequisite;
  // Named without the prerequisite's title (it sits beside it), so a search for that title finds one button.
  return (
    <button
      type="button"
      className="wrong-edge"
      aria-pressed={marked}
      aria-label="This edge is wrong"
      title={`Tell the authors that needing ${name} first looks wrong`}
      onClick={() => toggle({ type: 'wrong-edge', from: prerequisite, to: topic })}
    >
      {marked ? 'Reported wrong' : 'Wrong?'}
    </button>
  );
}
