// A long build shows where it is on a terminal, and nothing anywhere else: a user who runs
// `atlas build` on a large tree sees it move; a script that pipes stderr sees the diagnostics alone.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROGRESS_DELAY_MS, PROGRESS_REDRAW_MS, progressReporter } from '../../src/cli/progress';
import { progressLine } from '../../src/core/index';
import { CORPUS, corpusAvailable } from '../helpers';

const run = promisify(execFile);
const BIN = new URL('../../src/cli/bin.mjs', import.meta.url).pathname;

function terminal(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (s: string) => written.push(s) }, written };
}

describe('the progress line', () => {
  it('says the stage, and how far for files and documents', () => {
    expect(progressLine({ stage: 'read', done: 1200, total: 0 })).toBe('atlas: reading files 1,200…');
    expect(progressLine({ stage: 'parse', done: 2310, total: 5760 })).toBe('atlas: reading documents 2,310/5,760…');
    expect(progressLine({ stage: 'infer', done: 0, total: 1 })).toBe('atlas: inferring prerequisites…');
  });

  it('waits a moment, redraws in place at most every so often within a stage, and is erased at the end', () => {
    const { stream, written } = terminal(true);
    let t = 0;
    const reporter = progressReporter(stream, () => t, false);
    const report = reporter.onProgress!;
    report({ stage: 'parse', done: 1, total: 100 });
    expect(written).toEqual([]); // a small tree is built before a line would help
    t = PROGRESS_DELAY_MS;
    report({ stage: 'parse', done: 40, total: 100 });
    t += PROGRESS_REDRAW_MS / 2;
    report({ stage: 'parse', done: 41, total: 100 }); // too soon: not drawn
    report({ stage: 'infer', done: 0, total: 1 }); // a new stage is drawn at once
    reporter.done();
    expect(written).toEqual(['\r\x1b[2Katlas: reading documents 40/100…', '\r\x1b[2Katlas: inferring prerequisites…', '\r\x1b[2K']);
  });

  it('writes nothing when stderr is not a terminal, or is a dumb one', () => {
    for (const [isTTY, dumb] of [
      [false, false],
      [true, true],
    ] as const) {
      const { stream, written } = terminal(isTTY);
      const reporter = progressReporter(stream, () => 0, dumb);
      expect(reporter.onProgress).toBeUndefined();
      reporter.done();
      expect(written).toEqual([]);
    }
  });

  it('erases nothing when no line was drawn', () => {
    const { stream, written } = terminal(true);
    const reporter = progressReporter(stream, () => 0, false);
    reporter.onProgress!({ stage: 'parse', done: 1, total: 2 });
    reporter.done();
    expect(written).toEqual([]);
  });
});

describe.skipIf(!corpusAvailable)('atlas build on the corpus', () => {
  const build = async (terminal: boolean): Promise<string> => {
    const out = await mkdtemp(join(tmpdir(), 'atlas-progress-'));
    const args = [BIN, 'build', CORPUS, '--out', join(out, 'graph.json')];
    try {
      // util-linux's `script` runs the command on a pseudo-terminal and copies what it shows.
      const shown = terminal
        ? await run('script', ['-qfec', [process.execPath, ...args].map((a) => `'${a}'`).join(' '), '/dev/null'], {
            env: { ...process.env, TERM: 'xterm' },
          })
        : await run(process.execPath, args);
      return shown.stdout + shown.stderr;
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  };

  it('shows where it is on a terminal, and erases the line before the summary', async () => {
    const shown = await build(true);
    // Which stages are drawn depends on the machine's speed (none before the first 400 ms); the
    // prerequisite passes come last and take most of the corpus's build.
    expect(shown).toMatch(
      /\r\x1b\[2Katlas: (reading files|reading documents|relating topics across paths|inferring prerequisites|deriving pathways)[^\r]*…/,
    );
    expect(shown).toMatch(/\r\x1b\[2K(?:[^\r]*\r?\n)*atlas: \d+ documents; /);
  });

  it('prints no progress when stderr is a pipe', async () => {
    const shown = await build(false);
    expect(shown).toMatch(/atlas: \d+ documents; /);
    expect(shown).not.toContain('\x1b[');
  });
});
