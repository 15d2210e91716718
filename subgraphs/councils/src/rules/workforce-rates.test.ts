import { agencyRate, isCensusDate, turnoverRate, vacancyRate } from './workforce-rates';

describe('workforce rates', () => {
  it('computes the agency rate over everyone in post', () => {
    expect(agencyRate(80, 20)).toBe(0.2);
    expect(agencyRate(2, 1)).toBe(0.3333);
  });

  it('computes the vacancy rate over all posts, filled by employees or vacant', () => {
    expect(vacancyRate(90, 10)).toBe(0.1);
  });

  it('computes turnover as leavers over those employed', () => {
    expect(turnoverRate(100, 15.5)).toBe(0.155);
  });

  it('gives null, not zero or infinity, when there is nobody to divide by', () => {
    expect(agencyRate(0, 0)).toBeNull();
    expect(vacancyRate(0, 0)).toBeNull();
    expect(turnoverRate(0, 3)).toBeNull();
  });

  it('knows the census date is 30 September', () => {
    expect(isCensusDate('2025-09-30')).toBe(true);
    expect(isCensusDate('2025-10-01')).toBe(false);
    expect(isCensusDate('2025-03-31')).toBe(false);
  });
});
