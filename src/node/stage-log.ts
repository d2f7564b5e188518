// A long build's stages in a host's log (the Vite plugin's, the Docusaurus plugin's): a line as
// each starts, once the build has taken longer than a moment, so that a large site's build says
// what it is doing instead of a minute of silence. A small tree logs nothing.
import { progressLine, type BuildProgress } from '../core/index.ts';

/** No line before this. */
export const STAGE_LOG_DELAY_MS = 2000;

export function stageLog(log: (line: string) => void, now: () => number = () => performance.now()): (progress: BuildProgress) => void {
  const start = now();
  let stage: BuildProgress['stage'] | null = null;
  return (p) => {
    if (p.stage === stage || now() - start < STAGE_LOG_DELAY_MS) return;
    stage = p.stage;
    log(progressLine(p));
  };
}
