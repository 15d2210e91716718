import { sharesPartnership } from './shared-partnership';

describe('two organisations working together', () => {
  it('do when one partnership is in both lists, and not when none is or either list is empty', () => {
    expect(sharesPartnership(['partnership-1', 'partnership-2'], ['partnership-3', 'partnership-2'])).toBe(true);
    expect(sharesPartnership(['partnership-1'], ['partnership-2'])).toBe(false);
    expect(sharesPartnership([], ['partnership-1'])).toBe(false);
    expect(sharesPartnership(['partnership-1'], [])).toBe(false);
  });
});
