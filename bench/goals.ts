// The goals of issue 20 as one table: each benchmark states its own goals in this shape, measured
// against the baseline of the same run, and `npm run bench` prints them all together at the end.

export interface Goal {
  goal: string;
  measured: string;
  baseline: string;
  /** null: not measured in this run (a size --quick leaves out, a benchmark that could not run). */
  met: boolean | null;
}

/**
 * A ratio against the most it may be, judged on the exact value: shown to two decimals, or to three
 * where two would round a miss onto the limit (1.504x against 1.5x is missed, and says so).
 */
export function ratioAgainst(ratio: number, limit: number): { text: string; met: boolean } {
  const met = ratio <= limit;
  const shown = Math.round(ratio * 100) / 100;
  return { text: `${!met && shown <= limit ? ratio.toFixed(3) : shown}x`, met };
}

export const verdict = (met: boolean | null): string => (met === null ? 'not run' : met ? 'met' : 'MISSED');

/** One line per goal, for a benchmark run alone. */
export const goalLines = (goals: readonly Goal[]): string[] =>
  goals.map((g) => `${verdict(g.met).padEnd(7)} ${g.goal}: ${g.measured} (baseline ${g.baseline})`);

/** The table `npm run bench` ends with. */
export function printGoals(goals: readonly Goal[], header: string): void {
  console.log(`\n${header}`);
  console.table(goals.map((g) => ({ goal: g.goal, measured: g.measured, baseline: g.baseline, verdict: verdict(g.met) })));
}

/** The bench's own goal: the whole run within its time limit. */
export function durationGoal(seconds: number, quick: boolean): Goal {
  const limit = quick ? 120 : 600;
  return {
    goal: `npm run bench${quick ? ' -- --quick' : ''} finishes in under ${limit / 60} minutes`,
    measured: `${(seconds / 60).toFixed(1)} min`,
    baseline: `${limit / 60} min`,
    met: seconds < limit,
  };
}
