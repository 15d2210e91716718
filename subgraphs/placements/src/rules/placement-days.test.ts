import { extendedEnd } from './placement-days';

describe('missed days', () => {
  it('move the end on by working days, over a weekend', () => {
    expect(extendedEnd('2027-04-23', 0)).toBe('2027-04-23');
    expect(extendedEnd('2027-04-23', 1)).toBe('2027-04-26');
    expect(extendedEnd('2027-04-23', 6)).toBe('2027-05-03');
  });
});
