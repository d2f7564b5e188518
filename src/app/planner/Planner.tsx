// The planner panel: who the learner is, where they are going and at what pace (all in the URL),
// and the core's plan for it, week by week, with ticks for what is done.
import { useId, useMemo, useState } from 'react';
import type { NodeId } from '../../core/types';
import { PLAN_FORMATS } from '../../core/plan/index';
import { HOURS_PER_WEEK, resolvePlanSettings, TRACKS, type PlanSettingName } from '../../core/rules';
import type { AtlasModel } from '../data/model';
import { DetailsFailure } from '../components/DetailsFailure';
import { useDetailsFor } from '../data/useDetails';
import type { ViewAction, ViewState } from '../state/view';
import { searchFromView } from '../state/url';
import { downloadText } from './download';
import { findGoal, goalChoices, goalProblem, type Goal } from './goals';
import { finishDate, type Learner } from './learner';
import { PlanList } from './PlanList';
import { CoverageBars, NextUp, ProgressLists } from './PlannerExtras';
import { TimeToGoal } from './TimeToGoal';
import { useProgress } from './useProgress';
import './planner.css';

interface Props {
  model: AtlasModel;
  view: ViewState;
  dispatch: (action: ViewAction) => void;
  learner: Learner;
  /** What the opening link held that could not be used. */
  linkNotices: string[];
  onSelect: (id: NodeId) => void;
}

export function Planner({ model, view, dispatch, learner, linkNotices, onSelect }: Props) {
  const [linkNoticesSeen, setLinkNoticesSeen] = useState(false);
  const notice = useProgress((s) => s.notice);
  const dismiss = useProgress((s) => s.dismissNotice);
  const { plan } = learner;
  return (
    <section className="planner" aria-labelledby="planner-title">
      <h2 id="planner-title">Planner</h2>
      {notice && (
        <div className="planner-notice" role="alert">
          <p>{notice}</p>
          <button type="button" className="secondary" onClick={dismiss}>
            OK
          </button>
        </div>
      )}
      {!linkNoticesSeen && linkNotices.length > 0 && (
        <div className="planner-notice" role="alert">
          {linkNotices.map((n) => (
            <p key={n}>{n}</p>
          ))}
          <button type="button" className="secondary" onClick={() => setLinkNoticesSeen(true)}>
            OK
          </button>
        </div>
      )}
      <PlanSettings model={model} view={view} dispatch={dispatch} />
      {learner.error && (
        <p className="planner-error" role="status">
          {learner.error}
        </p>
      )}
      {plan && (
        <>
          <p className="plan-summary" aria-live="polite">
            {plan.steps.length === 0 ? (
              'Nothing left to learn for these goals.'
            ) : (
              <>
                <strong>{plan.totalHours} h</strong> over <strong>{plan.weeks} weeks</strong> at {learner.format.hours} h/week
                {learner.format.tracks > 1 ? ` on ${learner.format.tracks} tracks` : ''}: done by {finishDate(learner)}
              </>
            )}
          </p>
          <PlanExports model={model} learner={learner} />
          <CopyLink view={view} />
          {view.targets.length > 0 && <TimeToGoal model={model} view={view} learner={learner} plan={plan} />}
          <PlanList steps={plan.steps} done={learner.doneSteps} own={learner.ownHours} start={learner.format.start} onSelect={onSelect} />
        </>
      )}
      <ProgressLists model={model} onSelect={onSelect} />
      <NextUp next={learner.next} onSelect={onSelect} />
      <CoverageBars model={model} learner={learner} onSelect={onSelect} />
    </section>
  );
}

function PlanSettings({ model, view, dispatch }: Pick<Props, 'model' | 'view' | 'dispatch'>) {
  const id = useId();
  // Every topic, section, document and path, titled: made when first needed (the field used, a goal
  // named), not with the sidebar, which comes up as the map is first drawn (0.1 s at 50k topics).
  const goalsOf = useMemo(() => {
    let goals: Goal[] | null = null;
    return () => (goals ??= goalChoices(model));
  }, [model]);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [suggesting, setSuggesting] = useState(false);
  const named = view.targets.length > 0;
  const titles = useMemo(() => (named ? new Map(goalsOf().map((g) => [g.id, g.title])) : new Map<NodeId, string>()), [goalsOf, named]);
  const label = (g: string) => titles.get(g) ?? (model.graph.hasNode(g) ? model.graph.getNodeAttribute(g, 'label') : g);
  const addGoal = () => {
    const goal = findGoal(goalsOf(), typed);
    if (goal === null) return setProblem(goalProblem(goalsOf(), typed));
    setProblem(null);
    setTyped('');
    if (!view.targets.includes(goal.id)) dispatch({ type: 'plan', plan: { targets: [...view.targets, goal.id] } });
  };
  const [paceProblem, setPaceProblem] = useState<string | null>(null);
  // A value out of the core's limits leaves the default in place and says why under the inputs.
  const setPace = (name: Exclude<PlanSettingName, 'minConfidence'>, label: string, value: string) => {
    const { settings, problems } = resolvePlanSettings({ [name]: value || null }, new Date());
    const problem = problems[0];
    setPaceProblem(problem ? `${label} ${problem.message}.` : null);
    dispatch({ type: 'plan', plan: { [name]: problem || value === '' ? null : settings[name] } });
  };
  return (
    <div className="plan-settings">
      <label htmlFor={`${id}-bg`}>My background</label>
      <select id={`${id}-bg`} value={view.bg ?? ''} onChange={(e) => dispatch({ type: 'background', bg: e.target.value || null })}>
        <option value="">I'll tick what I know</option>
        {model.backgrounds.map((b) => (
          <option key={b.name} value={b.name}>
            {b.name}
          </option>
        ))}
      </select>
      <form
        className="goal-form"
        onSubmit={(e) => {
          e.preventDefault();
          addGoal();
        }}
      >
        <label htmlFor={`${id}-goal`}>Goal</label>
        <div className="goal-row">
          <input
            id={`${id}-goal`}
            list={`${id}-goals`}
            value={typed}
            onFocus={() => setSuggesting(true)}
            onChange={(e) => setTyped(e.target.value)}
            placeholder="A topic, section, document or path"
            aria-describedby={problem ? `${id}-problem` : undefined}
          />
          <button type="submit">Add goal</button>
        </div>
        {/* An option per topic, section and document: made when the field is first used. */}
        <datalist id={`${id}-goals`}>
          {(suggesting || typed !== '' ? goalsOf() : []).map((g) => (
            <option key={g.id} value={g.title}>
              {g.kind}
            </option>
          ))}
        </datalist>
        {problem && (
          <p id={`${id}-problem`} className="planner-error" role="status">
            {problem}
          </p>
        )}
      </form>
      {view.targets.length > 0 && (
        <ul className="goal-list" aria-label="Goals">
          {view.targets.map((t) => (
            <li key={t}>
              <span>{label(t)}</span>
              <button
                type="button"
                className="secondary"
                aria-label={`Remove goal ${label(t)}`}
                onClick={() => dispatch({ type: 'plan', plan: { targets: view.targets.filter((x) => x !== t) } })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="pace">
        <label>
          Hours per week
          <input
            type="number"
            min={HOURS_PER_WEEK.min}
            max={HOURS_PER_WEEK.max}
            step={1}
            inputMode="decimal"
            value={view.hours ?? ''}
            placeholder="10"
            onChange={(e) => setPace('hours', 'Hours per week', e.target.value)}
          />
        </label>
        <label>
          Parallel tracks
          <input
            type="number"
            min={TRACKS.min}
            max={TRACKS.max}
            step={1}
            value={view.tracks ?? ''}
            placeholder="1"
            onChange={(e) => setPace('tracks', 'Parallel tracks', e.target.value)}
          />
        </label>
        <label>
          Start
          <input type="date" value={view.start ?? ''} onChange={(e) => setPace('start', 'Start', e.target.value)} />
        </label>
      </div>
      {paceProblem && (
        <p className="planner-error" role="status">
          {paceProblem}
        </p>
      )}
    </div>
  );
}

/** The downloads wait for the steps' concepts and resources: a plan file is the CLI's, byte for byte. */
function PlanExports({ model, learner }: { model: AtlasModel; learner: Learner }) {
  const plan = learner.plan;
  const steps = useMemo(() => (plan?.steps ?? []).map((s) => s.id), [plan]);
  const { failure, retry } = useDetailsFor(model.details, steps);
  if (plan === null) return null;
  return (
    <>
      <div className="plan-exports" role="group" aria-label="Download the plan">
        {PLAN_FORMATS.map((f) => (
          <button
            key={f.id}
            type="button"
            className="secondary"
            disabled={!learner.detailed}
            onClick={() => downloadText(`${model.name}-plan.${f.extension}`, f.run(plan, learner.format), f.mime)}
          >
            {f.label}
          </button>
        ))}
      </div>
      {!learner.detailed &&
        (failure ? (
          <DetailsFailure className="planner-error" failure={failure} onRetry={retry} />
        ) : (
          <p className="muted" role="status">
            Fetching the steps’ resources; effort estimates may still change…
          </p>
        ))}
    </>
  );
}

/** "Copy link": the plan as a URL, with the learner's done and known topics, so the recipient sees the same plan. */
function CopyLink({ view }: { view: ViewState }) {
  const known = useProgress((s) => s.known);
  const done = useProgress((s) => s.done);
  const hours = useProgress((s) => s.hours);
  const [copied, setCopied] = useState(false);
  const copy = () => {
    const url = `${location.origin}${location.pathname}${searchFromView({ ...view, shared: view.shared ?? { done, known, hours } })}`;
    void navigator.clipboard?.writeText(url).then(() => setCopied(true));
  };
  return (
    <p className="plan-share">
      <button type="button" className="secondary" onClick={copy}>
        Copy link
      </button>
      <span className="muted" aria-live="polite">
        {copied ? ' Link copied, with your progress.' : view.shared ? ' This plan uses the progress in the link you opened.' : ''}
      </span>
    </p>
  );
}
