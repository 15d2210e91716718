import { toHeadcount, toPartnershipHeadcount } from './headcount';

const TODAY = '2026-11-23';

describe('a council’s or team’s headcount', () => {
  it('shows every figure when no count is from 1 to 4', () => {
    expect(toHeadcount({ permanent: 80, agency: 20 }, false, TODAY)).toEqual({
      asOf: TODAY,
      inPost: 100,
      permanent: 80,
      agency: 20,
      agencyRate: 0.2,
      suppressed: [],
    });
  });

  it('withholds a small agency count, its rate, and the total that would give it away', () => {
    const headcount = toHeadcount({ permanent: 10, agency: 3 }, false, TODAY);
    expect(headcount).toMatchObject({ inPost: null, permanent: 10, agency: null, agencyRate: null });
    expect([...headcount.suppressed].sort()).toEqual(['agency', 'agencyRate', 'inPost']);
  });

  it('shows the same small counts exactly to the council’s admins', () => {
    expect(toHeadcount({ permanent: 10, agency: 3 }, true, TODAY)).toEqual({
      asOf: TODAY,
      inPost: 13,
      permanent: 10,
      agency: 3,
      agencyRate: 0.2308,
      suppressed: [],
    });
  });

  it('gives a null rate, not a withheld one, when nobody is in post', () => {
    expect(toHeadcount({ permanent: 0, agency: 0 }, false, TODAY)).toEqual({
      asOf: TODAY,
      inPost: 0,
      permanent: 0,
      agency: 0,
      agencyRate: null,
      suppressed: [],
    });
  });
});

describe('a partnership’s headcount', () => {
  const councils = [
    { permanent: 10, agency: 3 },
    { permanent: 20, agency: 2 },
  ];

  it('sums its councils, and shows a total that gives no council’s count away', () => {
    expect(toPartnershipHeadcount(councils, { exact: false }, TODAY)).toMatchObject({
      asOf: TODAY,
      inPost: 35,
      permanent: 30,
      agency: 5,
      suppressed: [],
    });
  });

  it('withholds the agency total from a viewer who knows one council’s count and could work out the other’s', () => {
    const headcount = toPartnershipHeadcount(councils, { exact: false, knowsRow: (index) => index === 0 }, TODAY);
    expect(headcount.agency).toBeNull();
    expect(headcount.suppressed).toContain('agency');
  });

  it('shows everything to the partnership’s admins', () => {
    expect(toPartnershipHeadcount(councils, { exact: true }, TODAY)).toMatchObject({ inPost: 35, agency: 5, suppressed: [] });
  });
});
