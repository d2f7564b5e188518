import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/core/plan/index';
import { resolvePlanSettings } from '../../../src/core/plan/settings';
import { build } from '../../helpers';

const TODAY = new Date('2026-12-02T12:00:00Z');

describe('plan settings', () => {
  it.each([
    ['hours', '0.5', 'takes a number of hours per week from 1 to 168, got "0.5"'],
    ['hours', '1e-300', 'takes a number of hours per week from 1 to 168'],
    ['hours', '169', 'takes a number of hours per week from 1 to 168'],
    ['hours', 'NaN', 'takes a number of hours per week'],
    ['tracks', '9', 'takes a whole number of parallel tracks from 1 to 8, got "9"'],
    ['tracks', '1.5', 'takes a whole number of parallel tracks'],
    ['start', '2026-02-30', 'takes a date from 2000-01-01 to 2999-12-31'],
    ['start', '9999-12-31', 'takes a date from 2000-01-01 to 2999-12-31'],
    ['minConfidence', '-0.1', 'takes a confidence from 0 to 1'],
  ] as const)('refuses %s = %j, keeps the default and says why', (setting, value, message) => {
    const { settings, problems } = resolvePlanSettings({ [setting]: value }, TODAY);
    expect(problems).toEqual([{ setting, message }].map((p) => ({ ...p, message: expect.stringContaining(p.message) })));
    expect(settings).toEqual(resolvePlanSettings({}, TODAY).settings);
  });

  it('defaults to 10 hours a week on one track from the Monday after today, trusting inferred edges from 0.5', () => {
    expect(resolvePlanSettings({}, TODAY)).toEqual({
      settings: { hours: 10, tracks: 1, start: '2026-12-07', minConfidence: 0.5 },
      problems: [],
    });
  });

  it('takes text as a flag or a URL gives it, and numbers as code gives them', () => {
    expect(resolvePlanSettings({ hours: '7.5', tracks: 2, start: '2026-11-30', minConfidence: '0' }, TODAY).settings).toEqual({
      hours: 7.5,
      tracks: 2,
      start: '2026-11-30',
      minConfidence: 0,
    });
  });

  it('is the rule plan() applies: an invalid setting is an error naming it', () => {
    const { graph } = build({ 'p/a.md': '# A\n\n### T\nx\n' });
    expect(() => plan(graph, { hours: 0.5 })).toThrow('plan: hours takes a number of hours per week from 1 to 168, got "0.5"');
    expect(() => plan(graph, { tracks: 1_000_000_000 })).toThrow('plan: tracks takes a whole number of parallel tracks from 1 to 8');
    expect(() => plan(graph, { minConfidence: 2 })).toThrow('plan: minConfidence takes a confidence from 0 to 1');
  });
});
