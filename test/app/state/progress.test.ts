import { describe, expect, it } from 'vitest';
import { createProgressStore, progressFromFile, progressToFile } from '../../../src/app/state/progress';
import { LEGACY_PROGRESS_KEY, progressKeyOf } from '../../../src/core/dataset';
import { build } from '../../helpers';
import { memoryStorage } from '../helpers';

const PROGRESS_KEY = 'atlas:progress:docs:abc';

describe('saved progress', () => {
  it.each([
    ['not JSON', '{oops'],
    ['the wrong shape', JSON.stringify({ version: 1, state: { done: 'calculus' } })],
    ['null', 'null'],
  ])('resets a corrupted value (%s) with a notice', (_what, raw) => {
    const storage = memoryStorage({ [PROGRESS_KEY]: raw });
    const store = createProgressStore(storage, PROGRESS_KEY);
    expect(store.getState()).toMatchObject({ known: [], done: [] });
    expect(store.getState().notice).toMatch(/could not be read.*reset/);
    // What is stored now is a clean value of this version, not the corrupted one.
    expect(JSON.parse(storage.getItem(PROGRESS_KEY) ?? '{"version":1,"state":{"known":[],"done":[]}}')).toEqual({
      version: 1,
      state: { known: [], done: [] },
    });
  });

  it('resets a value saved by another version, saying so', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: JSON.stringify({ version: 0, state: { known: [], done: ['a'] } }) });
    const store = createProgressStore(storage, PROGRESS_KEY);
    expect(store.getState().done).toEqual([]);
    expect(store.getState().notice).toMatch(/another version of Atlas \(0\)/);
  });

  it('keeps ticks under the versioned key and reads them back after a reload', () => {
    const storage = memoryStorage();
    const first = createProgressStore(storage, PROGRESS_KEY);
    first.getState().toggleDone('p#calculus');
    first.getState().toggleKnown('p#python');
    expect(JSON.parse(storage.getItem(PROGRESS_KEY) as string)).toEqual({
      version: 1,
      state: { known: ['p#python'], done: ['p#calculus'] },
    });
    const again = createProgressStore(storage, PROGRESS_KEY);
    expect(again.getState()).toMatchObject({ known: ['p#python'], done: ['p#calculus'], notice: null });
    again.getState().toggleDone('p#calculus');
    expect(again.getState().done).toEqual([]);
  });

  it("keeps the learner's own hours for a topic with the ticks, reads them back after a reload, and a reset forgets them", () => {
    const storage = memoryStorage();
    const first = createProgressStore(storage, PROGRESS_KEY);
    first.getState().setHours('p#calculus', 3);
    first.getState().setHours('p#python', 12.5);
    const again = createProgressStore(storage, PROGRESS_KEY);
    expect(again.getState().hours).toEqual({ 'p#calculus': 3, 'p#python': 12.5 });
    again.getState().setHours('p#calculus', null);
    expect(createProgressStore(storage, PROGRESS_KEY).getState().hours).toEqual({ 'p#python': 12.5 });
  });

  it('reads progress saved before own hours existed, with none', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: JSON.stringify({ version: 1, state: { known: [], done: ['a'] } }) });
    expect(createProgressStore(storage, PROGRESS_KEY).getState()).toMatchObject({ done: ['a'], hours: {}, notice: null });
  });

  it('resets saved hours that are not numbers, with a notice', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: JSON.stringify({ version: 1, state: { known: [], done: [], hours: { a: 'lots' } } }) });
    const store = createProgressStore(storage, PROGRESS_KEY);
    expect(store.getState().hours).toEqual({});
    expect(store.getState().notice).toMatch(/could not be read.*reset/);
  });

  it('works without any storage (private mode), for this visit only', () => {
    const store = createProgressStore(undefined, PROGRESS_KEY);
    store.getState().toggleDone('x');
    expect(store.getState().done).toEqual(['x']);
  });
});

describe('progress files', () => {
  it.each([
    ['{', 'not JSON'],
    ['{"known":[],"done":[]}', 'not an Atlas progress file'],
    ['{"atlas":"progress","version":2,"known":[],"done":[]}', 'not an Atlas progress file'],
  ])('refuses %s', (text, message) => {
    expect(() => progressFromFile(text)).toThrow(message);
  });

  it('round-trips what was exported', () => {
    const progress = { known: ['a'], done: ['b', 'c'] };
    expect(progressFromFile(progressToFile(progress))).toEqual(progress);
  });

  it("round-trips the learner's own hours", () => {
    const progress = { known: [], done: ['b'], hours: { a: 4, c: 0.5 } };
    expect(progressFromFile(progressToFile(progress))).toEqual(progress);
  });
});

describe('progress per dataset', () => {
  const one = build({ 'p/intro.md': '# Intro\n\n### Basics\nx\n' }).graph;
  const other = build({ 'q/intro.md': '# Intro\n\n### Basics\nx\n', 'p/intro.md': '# Intro\n\n### Basics\nx\n' }).graph;

  it('keeps two trees whose topic ids collide apart, and one tree under one key across rebuilds', () => {
    expect(progressKeyOf(one)).not.toBe(progressKeyOf(other));
    expect(progressKeyOf(build({ 'p/intro.md': '# Intro, rewritten\n\n### Basics\ny\n### More\nz\n' }).graph)).toBe(progressKeyOf(one));
    const storage = memoryStorage();
    createProgressStore(storage, progressKeyOf(one)).getState().toggleDone('p/intro#basics');
    expect(createProgressStore(storage, progressKeyOf(other)).getState().done).toEqual([]);
    expect(createProgressStore(storage, progressKeyOf(one)).getState().done).toEqual(['p/intro#basics']);
  });

  it('moves ticks saved under the old single key to the first dataset opened, once', () => {
    const storage = memoryStorage({
      [LEGACY_PROGRESS_KEY]: JSON.stringify({ version: 1, state: { known: ['p/intro#basics'], done: [] } }),
    });
    expect(createProgressStore(storage, progressKeyOf(one)).getState().known).toEqual(['p/intro#basics']);
    expect(storage.getItem(LEGACY_PROGRESS_KEY)).toBeNull();
    expect(createProgressStore(storage, progressKeyOf(other)).getState().known).toEqual([]);
  });
});
