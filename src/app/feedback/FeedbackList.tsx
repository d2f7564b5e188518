// The learner's suggestions for the authors, each with a remove button, and their exports: a
// curation-file patch (graph/curation/*.yaml), an issue text, and the file `atlas check --suggestions` reads.
import { toCurationPatch, toIssueText, type Suggestion } from '../../core/feedback/index';
import type { AtlasModel } from '../data/model';
import { downloadText } from '../planner/download';
import { suggestionsToFile } from './suggestions-store';
import { useSuggestions } from './useSuggestions';
import './feedback.css';

export function FeedbackList({ model }: { model: AtlasModel }) {
  const suggestions = useSuggestions((s) => s.suggestions);
  const notice = useSuggestions((s) => s.notice);
  const remove = useSuggestions((s) => s.remove);
  const dismissNotice = useSuggestions((s) => s.dismissNotice);
  if (suggestions.length === 0 && notice === null) return null;
  const label = (id: string) => (model.graph.hasNode(id) ? model.graph.getNodeAttribute(id, 'label') : id);
  const describe = (s: Suggestion) =>
    s.type === 'needs' ? `${label(s.topic)} needs ${label(s.needs)} first` : `${label(s.from)} → ${label(s.to)} is wrong`;
  const key = (s: Suggestion) => (s.type === 'needs' ? `needs ${s.topic} ${s.needs}` : `wrong ${s.from} ${s.to}`);
  return (
    <section className="feedback" aria-labelledby="feedback-title">
      <h2 id="feedback-title">Feedback for authors</h2>
      {notice && (
        <div className="feedback-notice" role="alert">
          <p>{notice}</p>
          <button type="button" className="secondary" onClick={dismissNotice}>
            OK
          </button>
        </div>
      )}
      {suggestions.length > 0 && (
        <>
          <ul className="feedback-list" aria-label="Suggestions">
            {suggestions.map((s) => (
              <li key={key(s)}>
                <span>{describe(s)}</span>
                <button type="button" className="secondary" aria-label={`Remove: ${describe(s)}`} onClick={() => remove(s)}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <div className="feedback-exports" role="group" aria-label="Download suggestions">
            <button
              type="button"
              className="secondary"
              onClick={() => downloadText(`${model.name}-curation.yaml`, toCurationPatch(model.graph, suggestions), 'application/yaml')}
            >
              Curation patch
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => downloadText(`${model.name}-suggestions.md`, toIssueText(model.graph, suggestions), 'text/markdown')}
            >
              Issue text
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => downloadText(`${model.name}-suggestions.json`, suggestionsToFile(suggestions), 'application/json')}
            >
              Suggestions file
            </button>
          </div>
        </>
      )}
    </section>
  );
}
