import { FigureSheet, isSmallCount, withholdSmallCounts, withholdSmallCountsInTable, type FigureRules } from './small-counts';

interface Heads {
  inPost: number;
  permanent: number;
  agency: number;
  agencyRate: number | null;
}

const HEADS: FigureRules<Heads> = {
  counts: ['inPost', 'permanent', 'agency'],
  derived: { agencyRate: ['agency', 'permanent'] },
  sums: [['inPost', 'permanent', 'agency']],
};

const heads = (permanent: number, agency: number): Heads => ({
  inPost: permanent + agency,
  permanent,
  agency,
  agencyRate: permanent + agency > 0 ? agency / (permanent + agency) : null,
});

describe('small-count suppression', () => {
  it.each([
    [0, false],
    [1, true],
    [4, true],
    [4.9, true],
    [5, false],
    [120, false],
  ])('treats %p as small: %p', (value, small) => {
    expect(isSmallCount(value)).toBe(small);
  });

  it('shows zero and counts of five or more as they are', () => {
    expect(withholdSmallCounts(heads(5, 0), HEADS, false)).toEqual({ ...heads(5, 0), suppressed: [] });
  });

  it('withholds a count of 3, the rate computed from it, and the total that would give it away', () => {
    expect(withholdSmallCounts(heads(17, 3), HEADS, false)).toEqual({
      inPost: null,
      permanent: 17,
      agency: null,
      agencyRate: null,
      suppressed: ['inPost', 'agency', 'agencyRate'],
    });
  });

  it('withholds a small total and its small parts', () => {
    expect(withholdSmallCounts(heads(2, 1), HEADS, false)).toMatchObject({
      inPost: null,
      permanent: null,
      agency: null,
      agencyRate: null,
    });
  });

  it('withholds the smallest other part when the total alone is withheld', () => {
    const sheet = new FigureSheet(false)
      .add('a', { whole: 30, left: 12, right: 18 }, { counts: ['whole', 'left', 'right'], sums: [['whole', 'left', 'right']] })
      .add('b', { whole: 2 }, { counts: ['whole'] });
    // A made-up tie: a.whole is withheld with b.whole, then a.left goes with it so a.whole cannot be re-added.
    sheet.addSum('b.whole', ['a.whole']);
    expect(sheet.shown('a', { whole: 30, left: 12, right: 18 })).toEqual({
      whole: null,
      left: null,
      right: 18,
      suppressed: ['whole', 'left'],
    });
  });

  it('shows everything exactly to the organisation’s admins', () => {
    expect(withholdSmallCounts(heads(17, 3), HEADS, true)).toEqual({ ...heads(17, 3), suppressed: [] });
  });

  it('withholds a table total when exactly one row is withheld, and leaves the rows as they read alone', () => {
    const rows = [heads(40, 3), heads(30, 8), heads(25, 0)];
    const total = heads(95, 11);
    const shown = withholdSmallCountsInTable(total, rows, HEADS, ['inPost', 'permanent', 'agency'], false);
    expect(shown.rows).toEqual(rows.map((row) => withholdSmallCounts(row, HEADS, false)));
    expect(shown.total).toEqual({
      inPost: null,
      permanent: 95,
      agency: null,
      agencyRate: null,
      suppressed: ['inPost', 'agency', 'agencyRate'],
    });
  });

  it('shows a table total when two or more rows are withheld, since it gives away only their sum', () => {
    const rows = [heads(40, 3), heads(30, 2), heads(25, 9)];
    const shown = withholdSmallCountsInTable(heads(95, 14), rows, HEADS, ['inPost', 'permanent', 'agency'], false);
    expect(shown.total.suppressed).toEqual([]);
    expect(shown.rows.map((row) => row.agency)).toEqual([null, null, 9]);
  });

  it('never leaves exactly one withheld member in any sum', () => {
    for (let seed = 0; seed < 200; seed += 1) {
      const rows = [0, 1, 2, 3].map((index) => heads((seed * (index + 3)) % 11, (seed * (index + 5)) % 7));
      const total = rows.reduce((sum, row) => heads(sum.permanent + row.permanent, sum.agency + row.agency), heads(0, 0));
      const shown = withholdSmallCountsInTable(total, rows, HEADS, ['inPost', 'permanent', 'agency'], false);
      const all = [shown.total, ...shown.rows];
      for (const figures of all) {
        const withheld = ['inPost', 'permanent', 'agency'].filter((field) => figures.suppressed.includes(field));
        expect(withheld.length).not.toBe(1);
      }
      for (const field of ['inPost', 'permanent', 'agency'] as const) {
        expect(all.filter((figures) => figures.suppressed.includes(field)).length).not.toBe(1);
      }
    }
  });
});
