// Weeks and tracks: list scheduling of the study order onto `tracks` parallel tracks, each studied
// `hoursPerWeek` a week. Time is counted in study hours, the same on every track, so a step starts
// no earlier than the hour all its prerequisites end, whichever track they were on.
import { DEPENDENCY, fromOf, milestonesInto, stateOf, type Dependencies } from './dependencies.ts';
import type { Scratch } from './scratch.ts';
import { weeksFor } from '../dates.ts';

export interface Schedule {
  /** Per node index: the study hour a step starts at, and its 0-based track. */
  start: Float64Array;
  track: Int32Array;
  /** The steps sorted by start hour (study order on ties): the order the plan lists them in. */
  sequence: Int32Array;
  totalHours: number;
  weeks: number;
}

export function schedule(
  sequence: Int32Array,
  hours: Float64Array,
  deps: Dependencies,
  options: { hoursPerWeek: number; tracks: number },
): Schedule {
  const n = hours.length;
  const { inStart, inEdges, edgeFrom, learnables, scratch } = deps.req;
  const { state } = deps;
  const start = scratch.float64('schedule.start', n);
  // Zero-filled: track 0 for every step unless the loop below says otherwise.
  const track = scratch.int32('schedule.track', n);
  if (options.tracks === 1) return oneTrack(sequence, hours, learnables, start, track, options.hoursPerWeek);
  const end = scratch.float64('schedule.end', n);
  const free = new Float64Array(options.tracks);
  let totalHours = 0;
  let last = 0;
  let inOrder = true;
  let previousStart = 0;
  for (let i = 0; i < sequence.length; i++) {
    const v = sequence[i] as number;
    let earliest = 0;
    for (let k = inStart[v] as number, stop = inStart[v + 1] as number; k < stop; k++) {
      const e = inEdges[k] as number;
      if (state[e] === DEPENDENCY) earliest = Math.max(earliest, end[edgeFrom[e] as number] as number);
    }
    const milestones = milestonesInto(deps, v);
    for (let j = 0; j < milestones.length; j++) {
      const e = milestones[j] as number;
      if (stateOf(deps, e) === DEPENDENCY) earliest = Math.max(earliest, end[fromOf(deps, e)] as number);
    }
    if (v >= learnables) {
      // A hub takes no time and no track: it only passes its prerequisites' end on.
      start[v] = earliest;
      end[v] = earliest;
      continue;
    }
    // The track that can start soonest; among equals the one idle the shortest, to keep gaps small.
    let best = 0;
    let bestStart = Infinity;
    for (let t = 0; t < free.length; t++) {
      const s = Math.max(earliest, free[t] as number);
      if (s < bestStart || (s === bestStart && (free[t] as number) > (free[best] as number))) {
        best = t;
        bestStart = s;
      }
    }
    const h = hours[v] as number;
    start[v] = bestStart;
    end[v] = bestStart + h;
    free[best] = bestStart + h;
    track[v] = best;
    totalHours += h;
    if (bestStart + h > last) last = bestStart + h;
    if (bestStart < previousStart) inOrder = false;
    previousStart = bestStart;
  }
  const listed = inOrder ? sequence : sortByStart(sequence, start, scratch);
  return { start, track, sequence: listed, totalHours, weeks: weeksFor(last, options.hoursPerWeek) };
}

/**
 * One track: the loop above, without reading any prerequisite. The study order already has every
 * step after its prerequisites, so on one track each starts when the one before it ends, as the
 * loop would start it; a hub is passed where it stands in the order.
 */
function oneTrack(
  sequence: Int32Array,
  hours: Float64Array,
  learnables: number,
  start: Float64Array,
  track: Int32Array,
  hoursPerWeek: number,
): Schedule {
  let at = 0;
  for (let i = 0; i < sequence.length; i++) {
    const v = sequence[i] as number;
    start[v] = at;
    // A hub takes no time: it passes once all before it are done.
    if (v < learnables) at += hours[v] as number;
  }
  return { start, track, sequence, totalHours: at, weeks: weeksFor(at, hoursPerWeek) };
}

function sortByStart(sequence: Int32Array, start: Float64Array, scratch: Scratch): Int32Array {
  const position = scratch.int32('schedule.position', start.length);
  sequence.forEach((v, i) => (position[v] = i));
  const sorted = scratch.int32('schedule.sorted', sequence.length);
  sorted.set(sequence);
  return sorted.sort((a, b) => (start[a] as number) - (start[b] as number) || (position[a] as number) - (position[b] as number));
}
