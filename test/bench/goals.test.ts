import { describe, expect, it } from 'vitest';
import { ratioAgainst } from '../../bench/goals';

describe('bench goals: a ratio against its limit', () => {
  it('judges the exact ratio, not the one shown', () => {
    expect(ratioAgainst(1.504, 1.5)).toEqual({ text: '1.504x', met: false });
    expect(ratioAgainst(1.517, 1.5)).toEqual({ text: '1.52x', met: false });
  });

  it('shows two decimals where they say it right', () => {
    expect(ratioAgainst(1.5, 1.5)).toEqual({ text: '1.5x', met: true });
    expect(ratioAgainst(1.2345, 1.5)).toEqual({ text: '1.23x', met: true });
    expect(ratioAgainst(5.871, 3)).toEqual({ text: '5.87x', met: false });
  });
});
