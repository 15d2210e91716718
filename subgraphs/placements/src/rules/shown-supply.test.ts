import { shownPartnershipSupply, shownSupply } from './shown-supply';

const figures = (allocatedStatutoryPlaces: number, filledStatutoryPlaces: number) => ({
  council: { id: 'council' },
  academicYear: '2026/27',
  committedStatutoryPlaces: 3,
  offeredPlaces: 4,
  offeredStatutoryPlaces: 2,
  allocatedStatutoryPlaces,
  filledStatutoryPlaces,
  statutoryShare: 0.5,
  shortfall: 1,
});

describe('placement supply as a viewer sees it', () => {
  it('is exact for the admins of what it describes', () => {
    expect(shownSupply(figures(2, 1), true)).toMatchObject({ allocatedStatutoryPlaces: 2, filledStatutoryPlaces: 1, suppressed: [] });
  });

  it('withholds counts of students from 1 to 4 from others, but shows places promised and offered as they are', () => {
    expect(shownSupply(figures(2, 2), false)).toMatchObject({
      committedStatutoryPlaces: 3,
      offeredPlaces: 4,
      offeredStatutoryPlaces: 2,
      allocatedStatutoryPlaces: null,
      filledStatutoryPlaces: null,
    });
    expect(shownSupply(figures(5, 5), false)).toMatchObject({ allocatedStatutoryPlaces: 5, filledStatutoryPlaces: 5, suppressed: [] });
  });

  it('withholds the count filled when 1 to 4 students allocated have not started', () => {
    expect(shownSupply(figures(8, 6), false)).toMatchObject({ allocatedStatutoryPlaces: 8, filledStatutoryPlaces: null });
    expect(shownSupply(figures(10, 5), false)).toMatchObject({ allocatedStatutoryPlaces: 10, filledStatutoryPlaces: 5 });
  });

  it('withholds a partnership’s total where it would give one council’s count away', () => {
    const shown = shownPartnershipSupply(figures(7, 0), [figures(5, 0), figures(2, 0)], { exact: false });
    expect(shown.rows.map((row) => row.allocatedStatutoryPlaces)).toEqual([5, null]);
    expect(shown.total.allocatedStatutoryPlaces).toBeNull();
    const exact = shownPartnershipSupply(figures(7, 0), [figures(5, 0), figures(2, 0)], { exact: true });
    expect(exact.total.allocatedStatutoryPlaces).toBe(7);
  });
});
