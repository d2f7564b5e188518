// Re-planning after a click (issue 20): in the built explorer, the time from a learner's action in
// the planner (adding or removing a goal, changing the hours a week, ticking or unticking a step) to
// the plan list committed. The map's next frame is sigma's and is not counted: the clock stops at
// the first DOM change of the planner after the action, which React makes once the whole render
// and its effects have run (a click or an input is a discrete event: React renders it at once).
import type { Page } from 'playwright-core';
import type { AtlasPayload } from '../src/core/map/payload';

/** A goal the plan is for, and another topic whose panel is open, for "Add as goal". */
export interface ReplanTopics {
  target: string;
  other: string;
}

/**
 * The deepest topic (most layers of prerequisites below it: the largest plan) as the goal, and one
 * halfway down, in another document, as the goal to add and remove.
 */
export function replanTopics(payload: AtlasPayload): ReplanTopics | null {
  const learnables: { id: string; layer: number; doc: string }[] = [];
  payload.graph.nodes.forEach(([id, a], i) => {
    const p = payload.layout[i];
    if (p && (a.kind === 'topic' || a.kind === 'milestone')) learnables.push({ id, layer: p[2], doc: String(a.doc) });
  });
  if (learnables.length < 2) return null;
  const byDepth = [...learnables].sort((a, b) => b.layer - a.layer);
  const target = byDepth[0] as (typeof learnables)[number];
  const half =
    byDepth.slice(Math.floor(byDepth.length / 2)).find((t) => t.doc !== target.doc) ?? (byDepth[1] as (typeof learnables)[number]);
  return { target: target.id, other: half.id };
}

/** The page URL that opens the plan for `target` with `other`'s panel open. */
export const replanUrl = (base: string, topics: ReplanTopics): string =>
  `${base}?target=${encodeURIComponent(topics.target)}&node=${encodeURIComponent(topics.other)}`;

/**
 * In the page: `rounds` times, add the open topic as a goal and remove it, set the hours to 12 and
 * back to 10, tick the first step and untick it; resolves with the milliseconds of each. A string:
 * tsx would wrap a function's inner names in a helper that the page lacks.
 */
const replanScript = (rounds: number): string => `(async () => {
  const planner = document.querySelector('.planner');
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 30))));
  const timed = (act) => new Promise((resolve) => {
    let t0 = 0;
    const timer = setTimeout(() => { observer.disconnect(); resolve(NaN); }, 10000);
    const observer = new MutationObserver(() => { observer.disconnect(); clearTimeout(timer); resolve(performance.now() - t0); });
    observer.observe(planner, { subtree: true, childList: true, characterData: true, attributes: true });
    t0 = performance.now();
    act();
  });
  const setValue = (input, value) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const hours = [...planner.querySelectorAll('input[type=number]')].find((i) => i.closest('label')?.textContent?.includes('Hours per week'));
  const out = { goal: [], hours: [], tick: [] };
  for (let r = 0; r < ${rounds}; r++) {
    const add = [...document.querySelectorAll('.node-plan button')].find((b) => b.textContent.includes('Add as goal'));
    out.goal.push(await timed(() => add.click()));
    await frames();
    const remove = [...planner.querySelectorAll('.goal-list button')].pop();
    out.goal.push(await timed(() => remove.click()));
    await frames();
    out.hours.push(await timed(() => setValue(hours, '12')));
    await frames();
    out.hours.push(await timed(() => setValue(hours, '10')));
    await frames();
    const box = planner.querySelector('.plan-list .plan-step:not(.plan-step-done) input[type=checkbox]');
    out.tick.push(await timed(() => box.click()));
    await frames();
    const ticked = planner.querySelector('.plan-list .plan-step-done input[type=checkbox]');
    out.tick.push(await timed(() => ticked.click()));
    await frames();
  }
  return out;
})()`;

export interface Replans {
  goal: number[];
  hours: number[];
  tick: number[];
  /** Steps in the plan measured. */
  steps: number;
}

/** On a page opened at replanUrl: waits for the plan with its steps' details, then measures. */
export async function measureReplans(page: Page, rounds: number, timeout: number): Promise<Replans> {
  const list = page.getByRole('list', { name: 'Learning plan' });
  await list.waitFor({ timeout });
  // The plan is made again once its steps' concepts and resources are in: measure that plan.
  await page.getByRole('group', { name: 'Download the plan' }).getByRole('button').first().waitFor({ timeout });
  await page.waitForFunction(() => !(document.querySelector('.plan-exports button') as HTMLButtonElement | null)?.disabled, null, {
    timeout,
    polling: 200,
  });
  const steps = await page.locator('.plan-list .plan-step').count();
  const result = (await page.evaluate(replanScript(rounds))) as Omit<Replans, 'steps'>;
  return { ...result, steps };
}
