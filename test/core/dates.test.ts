import { describe, expect, it } from 'vitest';
import { finishDay, nextMonday, parseDay, weekOf, weeksFor, weekStartDay } from '../../src/core/dates';

describe('plan dates', () => {
  it.each(['2026-02-30', '9999-99-99', '2026-1-5', 'next week', ''])('refuses %j as a day, with a message', (text) => {
    expect(() => parseDay(text)).toThrow(/not a date/);
  });

  it('counts weeks at the pace and finishes on the last day of the last week', () => {
    expect(weeksFor(0, 8)).toBe(0);
    expect(weeksFor(8, 8)).toBe(1);
    expect(weeksFor(17, 8)).toBe(3);
    expect(weeksFor(17, 16)).toBe(2);
    expect(weeksFor(0.1 + 0.2, 0.3)).toBe(1);
    expect(finishDay('2026-11-30', 0)).toBeNull();
    expect(finishDay('2026-11-30', 1)).toBe('2026-12-06');
    expect(finishDay('2026-11-30', 3)).toBe('2026-12-20');
  });

  it('puts a study hour in its week and a week on its first day', () => {
    expect([0, 7.9, 8, 16].map((h) => weekOf(h, 8))).toEqual([1, 1, 2, 3]);
    expect(weekStartDay('2026-11-30', 1)).toBe('2026-11-30');
    expect(weekStartDay('2026-11-30', 3)).toBe('2026-12-14');
  });

  it('starts on the Monday after today, a week later on a Monday', () => {
    expect(nextMonday(new Date('2026-12-02T10:00:00Z')).toISOString().slice(0, 10)).toBe('2026-12-07');
    expect(nextMonday(new Date('2026-12-07T10:00:00Z')).toISOString().slice(0, 10)).toBe('2026-12-14');
  });
});
