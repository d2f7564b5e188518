// Time to goal at my pace: hours left and the finish day per goal and per learning path, and a
// burn-down of the plan as laid out against what is done, drawn with d3-scale on plain SVG.
import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import type { LearningPlan } from '../../core/plan/index';
import type { AtlasModel } from '../data/model';
import type { ViewState } from '../state/view';
import type { Learner } from './learner';
import { paceOf, type BurnPoint, type Remaining } from './pace';

interface Props {
  model: AtlasModel;
  view: ViewState;
  learner: Learner;
  plan: LearningPlan;
}

export function TimeToGoal({ model, view, learner, plan }: Props) {
  // The progress the plan beside it read: a shared link's stands for the learner's own.
  const { known, done } = learner.progress;
  const pace = useMemo(
    () =>
      paceOf(model.graph, plan, {
        background: view.bg ?? undefined,
        known,
        done,
        targets: view.targets,
        hours: learner.format.hours,
        tracks: learner.format.tracks,
        start: learner.format.start,
      }),
    [model, plan, view.bg, view.targets, known, done, learner.format],
  );
  return (
    <div className="planner-block time-to-goal">
      <h3 id="time-to-goal-title">Time to goal</h3>
      <RemainingTable caption="By goal" rows={pace.goals} />
      {pace.paths.length > 0 && <RemainingTable caption="By learning path" rows={pace.paths} />}
      <BurnDown points={pace.burndown} planned={pace.plannedHours} done={pace.doneHours} />
    </div>
  );
}

function RemainingTable({ caption, rows }: { caption: string; rows: Remaining[] }) {
  return (
    <table className="pace-table" aria-label={`Time to goal ${caption.toLowerCase()}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{caption === 'By goal' ? 'Goal' : 'Path'}</th>
          <th scope="col">Hours left</th>
          <th scope="col">Done by</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.label}</th>
            <td className="pace-hours">{r.hours} h</td>
            <td>{r.finish ?? 'done'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const W = 280;
const H = 120;
const M = { top: 8, right: 8, bottom: 20, left: 32 };

function BurnDown({ points, planned, done }: { points: BurnPoint[]; planned: number; done: number }) {
  if (points.length < 2) return null;
  const last = points[points.length - 1]?.week ?? 0;
  const x = scaleLinear()
    .domain([0, last])
    .range([M.left, W - M.right]);
  const y = scaleLinear()
    .domain([0, Math.max(1, planned)])
    .range([H - M.bottom, M.top])
    .nice();
  const line = (key: 'planned' | 'remaining') =>
    points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.week).toFixed(1)},${y(p[key]).toFixed(1)}`).join('');
  const label = `Burn-down over ${last} weeks: ${planned} h planned, ${done} h done, ${Math.round((planned - done) * 10) / 10} h left.`;
  return (
    <figure className="burndown">
      <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} width="100%" preserveAspectRatio="xMidYMid meet">
        <line className="axis" x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
        <line className="axis" x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} />
        {y.ticks(3).map((t) => (
          <text key={t} className="tick" x={M.left - 4} y={y(t)} textAnchor="end" dominantBaseline="middle">
            {t}
          </text>
        ))}
        <text className="tick" x={x(0)} y={H - 6} textAnchor="start">
          week 0
        </text>
        <text className="tick" x={x(last)} y={H - 6} textAnchor="end">
          week {last}
        </text>
        <path className="burn-planned" d={line('planned')} />
        <path className="burn-remaining" d={line('remaining')} />
      </svg>
      <figcaption>
        <span className="burn-key burn-key-planned" aria-hidden="true" /> planned left{' '}
        <span className="burn-key burn-key-remaining" aria-hidden="true" /> left after done
      </figcaption>
      <div className="visually-hidden">
        <table>
          <caption>Burn-down, hours left by week</caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Planned hours left</th>
              <th scope="col">Hours left after done</th>
              <th scope="col">Hours done that week</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.week}>
                <th scope="row">{p.week}</th>
                <td>{p.planned}</td>
                <td>{p.remaining}</td>
                <td>{p.done}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
