// A site build of a large docs tree says what it is doing in the host's log; a small one says nothing.
import { describe, expect, it } from 'vitest';
import { STAGE_LOG_DELAY_MS, stageLog } from '../../src/node/stage-log';

describe("a build's stages in a plugin's log", () => {
  it('logs nothing for a build that is over in a moment', () => {
    const lines: string[] = [];
    const report = stageLog(
      (l) => lines.push(l),
      () => 0,
    );
    for (const stage of ['read', 'parse', 'relate', 'infer', 'pathways'] as const) report({ stage, done: 1, total: 2 });
    expect(lines).toEqual([]);
  });

  it('logs each stage once as it starts, after the first moments, documents with their count', () => {
    const lines: string[] = [];
    let t = 0;
    const report = stageLog(
      (l) => lines.push(l),
      () => t,
    );
    report({ stage: 'parse', done: 10, total: 5760 });
    t = STAGE_LOG_DELAY_MS;
    report({ stage: 'parse', done: 2310, total: 5760 });
    report({ stage: 'parse', done: 2311, total: 5760 });
    report({ stage: 'relate', done: 0, total: 1 });
    report({ stage: 'infer', done: 0, total: 1 });
    expect(lines).toEqual([
      'atlas: reading documents 2,310/5,760…',
      'atlas: relating topics across paths…',
      'atlas: inferring prerequisites…',
    ]);
  });
});
