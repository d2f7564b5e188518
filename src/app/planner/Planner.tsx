// The planner panel: who the learner is, where they are going and at what pace (all in the URL),
// and the core's plan for it, week by week, with ticks for what is done.
import { useId, useMemo, useRef, useState } from 'react';
import type { NodeId } from '../../core/types';
import type { PlanStep } from '../../core/plan/index';
import { PLAN_FORMATS } from '../../core/plan/formats/index';
import { SafeLink } from '../components/SafeLink';
import type { AtlasModel } from '../data/model';
import type { ViewAction, ViewState } from '../state/view';
import { downloadText } from './download';
import { findGoal, goalChoices, goalProblem } from './goals';
import { finishDate, type Learner } from './learner';
import { CoverageBars, NextUp, ProgressLists } from './PlannerExtras';
import { TimeToGoal } from './TimeToGoal';
import { useProgress } from './useProgress';
import './planner.css';

interface Props {
  model: AtlasModel;
  view: ViewState;
  dispatch: (action: ViewAction) => void;
  learner: Learner;
  onSelect: (id: NodeId) => void;
}

export function Planner({ model, view, dispatch, learner, onSelect }: Props) {
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
          {view.targets.length > 0 && <TimeToGoal model={model} view={view} learner={learner} plan={plan} />}
          <PlanList steps={plan.steps} start={learner.format.start} onSelect={onSelect} />
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
  const goals = useMemo(() => goalChoices(model), [model]);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [suggesting, setSuggesting] = useState(false);
  const titles = useMemo(() => new Map(goals.map((g) => [g.id, g.title])), [goals]);
  const label = (g: string) => titles.get(g) ?? (model.graph.hasNode(g) ? model.graph.getNodeAttribute(g, 'label') : g);
  const addGoal = () => {
    const goal = findGoal(goals, typed);
    if (goal === null) return setProblem(goalProblem(goals, typed));
    setProblem(null);
    setTyped('');
    if (!view.targets.includes(goal.id)) dispatch({ type: 'plan', plan: { targets: [...view.targets, goal.id] } });
  };
  const number = (value: string): number | null => (value === '' || !(Number(value) > 0) ? null : Number(value));
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
          {(suggesting || typed !== '' ? goals : []).map((g) => (
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
              <button type="button" className="secondary" aria-label={`Remove goal ${label(t)}`} onClick={() => dispatch({ type: 'plan', plan: { targets: view.targets.filter((x) => x !== t) } })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="pace">
        <label>
          Hours per week
          <input type="number" min={1} step={1} inputMode="decimal" value={view.hours ?? ''} placeholder="10" onChange={(e) => dispatch({ type: 'plan', plan: { hours: number(e.target.value) } })} />
        </label>
        <label>
          Parallel tracks
          <input type="number" min={1} max={8} step={1} value={view.tracks ?? ''} placeholder="1" onChange={(e) => dispatch({ type: 'plan', plan: { tracks: Number.isInteger(number(e.target.value)) ? number(e.target.value) : null } })} />
        </label>
        <label>
          Start
          <input type="date" value={view.start ?? ''} onChange={(e) => dispatch({ type: 'plan', plan: { start: e.target.value || null } })} />
        </label>
      </div>
    </div>
  );
}

function PlanExports({ model, learner }: { model: AtlasModel; learner: Learner }) {
  const plan = learner.plan;
  if (plan === null) return null;
  return (
    <div className="plan-exports" role="group" aria-label="Download the plan">
      {PLAN_FORMATS.map((f) => (
        <button key={f.id} type="button" className="secondary" onClick={() => downloadText(`${model.name}-plan.${f.extension}`, f.run(plan, learner.format), f.mime)}>
          {f.label}
        </button>
      ))}
    </div>
  );
}

const weekDate = (start: string, week: number): string => new Date(Date.parse(`${start}T00:00:00Z`) + (week - 1) * 7 * 86_400_000).toISOString().slice(0, 10);

function PlanList({ steps, start, onSelect }: { steps: PlanStep[]; start: string; onSelect: (id: NodeId) => void }) {
  const toggleDone = useProgress((s) => s.toggleDone);
  const list = useRef<HTMLOListElement>(null);
  const boxes = () => [...(list.current?.querySelectorAll<HTMLInputElement>('input[type=checkbox]') ?? [])];
  // A ticked step leaves the plan; the keyboard's focus goes to the step that takes its place.
  const tick = (id: NodeId, box: HTMLInputElement) => {
    const at = boxes().indexOf(box);
    toggleDone(id);
    requestAnimationFrame(() => {
      const left = boxes();
      (left[Math.min(at, left.length - 1)] ?? list.current)?.focus();
    });
  };
  const weeks = new Map<number, { step: PlanStep; n: number }[]>();
  steps.forEach((step, i) => weeks.set(step.week, [...(weeks.get(step.week) ?? []), { step, n: i + 1 }]));
  return (
    <ol className="plan-list" aria-label="Learning plan" ref={list} tabIndex={-1}>
      {[...weeks].map(([week, items]) => (
        <li key={week} className="plan-week">
          <h3>
            Week {week} <span className="muted">· {weekDate(start, week)}</span>
          </h3>
          <ol>
            {items.map(({ step, n }) => (
              <li key={step.id} value={n} className="plan-step">
                <div className="plan-step-head">
                  <input type="checkbox" checked={false} aria-label={`Done: ${step.label}`} onChange={(e) => tick(step.id, e.currentTarget)} />
                  <button type="button" className="link-button" onClick={() => onSelect(step.id)}>
                    {n}. {step.label}
                  </button>
                  <span className="muted">{step.hours} h</span>
                </div>
                <p className="plan-why">{step.why === 'goal' ? 'Your goal' : step.why}</p>
                {step.resources.length > 0 && (
                  <ul className="plan-resources">
                    {step.resources.map((r) => (
                      <li key={r.url}>
                        <SafeLink url={r.url}>{r.label}</SafeLink>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
