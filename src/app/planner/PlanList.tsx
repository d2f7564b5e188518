// The plan as the learner follows it: its steps week by week, each with a tick, why it is there and
// what to study it with, and the steps ticked done above them. Re-planning after a click changes a
// few steps' numbers and weeks: a row that reads the same is not rendered again.
import { memo, useCallback, useRef, useState } from 'react';
import type { PlanStep } from '../../core/plan/index';
import { TOPIC_HOURS, TOPIC_HOURS_WANTS, topicHoursOf, weekStartDay } from '../../core/rules';
import type { NodeId } from '../../core/types';
import { SafeLink } from '../components/SafeLink';
import { useProgress } from './useProgress';

interface Props {
  steps: PlanStep[];
  done: PlanStep[];
  /** The learner's own hours per topic: those steps offer to go back to Atlas's estimate. */
  own: Record<NodeId, number>;
  start: string;
  onSelect: (id: NodeId) => void;
}

export function PlanList({ steps, done, own, start, onSelect }: Props) {
  const toggleDone = useProgress((s) => s.toggleDone);
  const list = useRef<HTMLOListElement>(null);
  // A ticked step leaves the plan; the keyboard's focus goes to the step that takes its place.
  const tick = useCallback(
    (id: NodeId, box: HTMLInputElement) => {
      const boxes = () => [...(list.current?.querySelectorAll<HTMLInputElement>('input[type=checkbox]') ?? [])];
      const at = boxes().indexOf(box);
      toggleDone(id);
      requestAnimationFrame(() => {
        const left = boxes();
        (left[Math.min(at, left.length - 1)] ?? list.current)?.focus();
      });
    },
    [toggleDone],
  );
  const weeks = new Map<number, { step: PlanStep; n: number }[]>();
  steps.forEach((step, i) => {
    const week = weeks.get(step.week);
    if (week) week.push({ step, n: i + 1 });
    else weeks.set(step.week, [{ step, n: i + 1 }]);
  });
  return (
    <ol className="plan-list" aria-label="Learning plan" ref={list} tabIndex={-1}>
      {done.length > 0 && (
        <li className="plan-week plan-done">
          <h3>Done</h3>
          <ol>
            {done.map((step) => (
              <DoneStep key={step.id} step={step} onUntick={toggleDone} onSelect={onSelect} />
            ))}
          </ol>
        </li>
      )}
      {[...weeks].map(([week, items]) => (
        <li key={week} className="plan-week">
          <h3>
            Week {week} <span className="muted">· {weekStartDay(start, week)}</span>
          </h3>
          <ol>
            {/* Rows are keyed by their place in the week: a re-plan moves steps across weeks, and a row
                that moves to another week's list would be made anew, where a row in place is updated. */}
            {items.map(({ step, n }, i) => (
              <Step key={i} step={step} n={n} own={Object.hasOwn(own, step.id)} onTick={tick} onSelect={onSelect} />
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}

/** Two steps read the same in a row: the same words, hours and links (a new plan makes new objects). */
function sameRow(a: PlanStep, b: PlanStep): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.label === b.label &&
      a.hours === b.hours &&
      a.effort.basis === b.effort.basis &&
      a.why === b.why &&
      a.resources.length === b.resources.length &&
      a.resources.every((r, i) => r.url === b.resources[i]?.url && r.label === b.resources[i]?.label))
  );
}

interface StepProps {
  step: PlanStep;
  n: number;
  own: boolean;
  onTick: (id: NodeId, box: HTMLInputElement) => void;
  onSelect: (id: NodeId) => void;
}

const Step = memo(
  function Step({ step, n, own, onTick, onSelect }: StepProps) {
    return (
      <li value={n} className="plan-step">
        <div className="plan-step-head">
          <input type="checkbox" checked={false} aria-label={`Done: ${step.label}`} onChange={(e) => onTick(step.id, e.currentTarget)} />
          <button type="button" className="link-button" onClick={() => onSelect(step.id)}>
            {n}. {step.label}
          </button>
          <StepHours step={step} own={own} />
        </div>
        <p className="plan-why">{step.why === 'goal' ? 'Your goal' : step.why}</p>
        {step.resources.length > 0 && (
          <ul className="plan-resources">
            {step.resources.map((r, i) => (
              <li key={i}>
                <SafeLink url={r.url}>{r.label}</SafeLink>
              </li>
            ))}
          </ul>
        )}
      </li>
    );
  },
  (a, b) => a.n === b.n && a.own === b.own && a.onTick === b.onTick && a.onSelect === b.onSelect && sameRow(a.step, b.step),
);

interface DoneProps {
  step: PlanStep;
  onUntick: (id: NodeId) => void;
  onSelect: (id: NodeId) => void;
}

const DoneStep = memo(
  function DoneStep({ step, onUntick, onSelect }: DoneProps) {
    return (
      <li className="plan-step plan-step-done">
        <div className="plan-step-head">
          <input type="checkbox" checked aria-label={`Done: ${step.label}`} onChange={() => onUntick(step.id)} />
          <button type="button" className="link-button" onClick={() => onSelect(step.id)}>
            {step.label}
          </button>
          <span className="muted">{step.hours} h</span>
        </div>
      </li>
    );
  },
  (a, b) => a.onUntick === b.onUntick && a.onSelect === b.onSelect && sameRow(a.step, b.step),
);

/**
 * A step's hours, which the learner can change: Atlas's estimate (its basis in the tooltip) until
 * they type their own, kept with their progress; Reset goes back to the estimate.
 */
function StepHours({ step, own }: { step: PlanStep; own: boolean }) {
  const setHours = useProgress((s) => s.setHours);
  // What is being typed: "0." is on its way to "0.5", so the field shows it while the plan keeps the last valid hours.
  // It belongs to its step: a row whose place now holds another step (rows are kept by place) drops it.
  const [typing, setTyping] = useState<{ id: NodeId; text: string } | null>(null);
  const draft = typing?.id === step.id ? typing.text : null;
  const setDraft = (text: string | null) => setTyping(text === null ? null : { id: step.id, text });
  const valid = draft === null || topicHoursOf(draft) !== null;
  return (
    <span className="step-hours">
      <input
        type="number"
        min={TOPIC_HOURS.min}
        max={TOPIC_HOURS.max}
        step={0.5}
        inputMode="decimal"
        aria-label={`Hours for ${step.label}`}
        aria-invalid={!valid}
        title={valid ? step.effort.basis : `Hours take ${TOPIC_HOURS_WANTS}`}
        value={draft ?? String(step.hours)}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          const hours = topicHoursOf(text);
          if (hours !== null && hours !== step.hours) setHours(step.id, hours);
        }}
        onBlur={() => setDraft(null)}
      />
      <span aria-hidden="true"> h</span>
      {own && (
        <button
          type="button"
          className="link-button"
          aria-label={`Reset the hours of ${step.label} to Atlas's estimate`}
          onClick={() => {
            setDraft(null);
            setHours(step.id, null);
          }}
        >
          reset
        </button>
      )}
    </span>
  );
}
