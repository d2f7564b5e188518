// A progress line while a large docs tree builds: one line on stderr, rewritten in place. Only on a
// terminal (a pipe or a log gets the diagnostics alone), only once the build has taken longer than
// a moment, and cleared before anything else is printed.
import { progressLine, type BuildProgress } from '../core/index.ts';

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** No line before this: a small tree is built before anyone could read it. */
export const PROGRESS_DELAY_MS = 400;
/** Within a stage, redraw at most this often. */
export const PROGRESS_REDRAW_MS = 100;
/** Back to the start of the line, and the line erased. */
const ERASE = '\r\x1b[2K';

export interface ProgressReporter {
  /** For the build's `onProgress`; undefined where no line is shown. */
  onProgress: ((progress: BuildProgress) => void) | undefined;
  /** Erase the line, if one was drawn. */
  done(): void;
}

export function progressReporter(
  stream: ProgressStream,
  now: () => number = () => performance.now(),
  dumb = process.env.TERM === 'dumb',
): ProgressReporter {
  const start = now();
  let shown = false;
  let drawnAt = -Infinity;
  let stage: BuildProgress['stage'] | null = null;
  const report = (p: BuildProgress): void => {
    const t = now();
    if (t - start < PROGRESS_DELAY_MS || (p.stage === stage && t - drawnAt < PROGRESS_REDRAW_MS)) return;
    stage = p.stage;
    drawnAt = t;
    shown = true;
    stream.write(ERASE + progressLine(p));
  };
  return {
    onProgress: stream.isTTY === true && !dumb ? report : undefined,
    done() {
      if (shown) stream.write(ERASE);
      shown = false;
    },
  };
}
