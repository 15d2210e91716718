import { FigureSheet, isSmallCount, withholdSmallCounts, withholdSmallCountsInTable, type FigureRules, type Shown } from './small-counts';

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
    const shown = withholdSmallCountsInTable(total, rows, HEADS, ['inPost', 'permanent', 'agency'], { exact: false });
    expect(shown.rows).toEqual(rows.map((row) => withholdSmallCounts(row, HEADS, false)));
    expect(shown.total).toEqual({
      inPost: null,
      permanent: 95,
      agency: null,
      agencyRate: null,
      suppressed: ['inPost', 'agency', 'agencyRate'],
    });
  });

  it('shows a table total when two or more rows are withheld and add up to 5 or more, since it gives away only their sum', () => {
    const rows = [heads(40, 3), heads(30, 2), heads(25, 9)];
    const shown = withholdSmallCountsInTable(heads(95, 14), rows, HEADS, ['inPost', 'permanent', 'agency'], { exact: false });
    expect(shown.total.suppressed).toEqual([]);
    expect(shown.rows.map((row) => row.agency)).toEqual([null, null, 9]);
  });

  it('withholds a table total that a viewer could subtract the rows they know exactly from to find a withheld row, and shows them those rows exactly', () => {
    // Agency 3, 2 and 10: the total of 15 gives away only 3 + 2, unless the viewer knows the 3.
    const rows = [heads(5, 3), heads(5, 2), heads(5, 10)];
    const total = heads(15, 15);
    const additive = ['inPost', 'permanent', 'agency'] as const;
    expect(withholdSmallCountsInTable(total, rows, HEADS, additive, { exact: false }).total.agency).toBe(15);
    const known = withholdSmallCountsInTable(total, rows, HEADS, additive, { exact: false, knowsRow: (index) => index === 0 });
    expect(known.total).toMatchObject({ inPost: null, permanent: 15, agency: null, agencyRate: null });
    expect(known.rows).toEqual([
      withholdSmallCounts(rows[0], HEADS, true),
      ...rows.slice(1).map((row) => withholdSmallCounts(row, HEADS, false)),
    ]);
  });

  it('withholds a table total whose withheld rows add up to 1 to 4, since that small group could be worked out', () => {
    const rows = [heads(40, 2), heads(30, 1), heads(25, 9)];
    const shown = withholdSmallCountsInTable(heads(95, 12), rows, HEADS, ['inPost', 'permanent', 'agency'], { exact: false });
    expect(shown.total).toMatchObject({ agency: null, agencyRate: null, permanent: 95 });
  });

  it('withholds the smallest part the viewer lacks when they know the total already', () => {
    const sheet = new FigureSheet(false)
      .add('total', { whole: 20 }, { counts: ['whole'] }, { known: true })
      .add('a', { whole: 3 }, { counts: ['whole'] })
      .add('b', { whole: 9 }, { counts: ['whole'] })
      .add('c', { whole: 8 }, { counts: ['whole'] })
      .addSum('total.whole', ['a.whole', 'b.whole', 'c.whole']);
    expect([sheet.shown('a', { whole: 3 }), sheet.shown('b', { whole: 9 }), sheet.shown('c', { whole: 8 })]).toEqual([
      { whole: null, suppressed: ['whole'] },
      { whole: 9, suppressed: [] },
      { whole: null, suppressed: ['whole'] },
    ]);
  });

  describe('a part shown beside its whole', () => {
    interface Cpd {
      practitioners: number;
      compliant: number;
      complianceRate: number | null;
    }
    const CPD: FigureRules<Cpd> = {
      counts: ['practitioners', 'compliant'],
      derived: { complianceRate: ['practitioners', 'compliant'] },
      complements: [{ whole: ['practitioners'], part: 'compliant' }],
    };
    const cpd = (practitioners: number, compliant: number): Cpd => ({
      practitioners,
      compliant,
      complianceRate: practitioners === 0 ? null : compliant / practitioners,
    });

    it('is withheld with what is computed from it when the rest of the whole is 1 to 4', () => {
      expect(withholdSmallCounts(cpd(10, 7), CPD, false)).toEqual({
        practitioners: 10,
        compliant: null,
        complianceRate: null,
        suppressed: ['compliant', 'complianceRate'],
      });
    });

    it.each([
      [10, 5],
      [10, 10],
      [10, 0],
    ])('is shown when the rest is 0 or 5 or more (%p of whom %p)', (practitioners, compliant) => {
      expect(withholdSmallCounts(cpd(practitioners, compliant), CPD, false).suppressed).toEqual([]);
    });

    it('is shown exactly to the organisation’s admins', () => {
      expect(withholdSmallCounts(cpd(10, 7), CPD, true).suppressed).toEqual([]);
    });

    it('may have a whole made of several fields, or sit in another object', () => {
      const sheet = new FigureSheet(false)
        .add(
          'cohort',
          { inProgress: 6, paused: 6, late: 9 },
          {
            counts: ['inProgress', 'paused', 'late'],
            complements: [{ whole: ['inProgress', 'paused'], part: 'late' }],
          },
        )
        .add('all', { sessions: 20 }, { counts: ['sessions'] })
        .add('taught', { sessions: 17 }, { counts: ['sessions'] })
        .addComplement(['all.sessions'], 'taught.sessions');
      expect(sheet.shown('cohort', { inProgress: 6, paused: 6, late: 9 }).suppressed).toEqual(['late']);
      expect(sheet.shown('taught', { sessions: 17 }).suppressed).toEqual(['sessions']);
      expect(sheet.shown('all', { sessions: 20 }).suppressed).toEqual([]);
    });

    it('leaves the whole to be withheld when the viewer knows the part', () => {
      const sheet = new FigureSheet(false)
        .add('all', { sessions: 20 }, { counts: ['sessions'] })
        .add('ours', { sessions: 18 }, { counts: ['sessions'] }, { known: true })
        .addComplement(['all.sessions'], 'ours.sessions');
      expect(sheet.shown('all', { sessions: 20 })).toEqual({ sessions: null, suppressed: ['sessions'] });
      expect(sheet.shown('ours', { sessions: 18 })).toEqual({ sessions: 18, suppressed: [] });
    });

    it('is withheld in a table, and then the total that would give it away', () => {
      const rows = [cpd(10, 7), cpd(20, 15), cpd(30, 30)];
      const shown = withholdSmallCountsInTable(cpd(60, 52), rows, CPD, ['practitioners', 'compliant'], { exact: false });
      expect(shown.rows.map((row) => row.compliant)).toEqual([null, 15, 30]);
      expect(shown.total.compliant).toBeNull();
    });
  });

  describe('for random tables and any rows the viewer knows exactly, short of all of them', () => {
    interface Staff extends Heads {
      trained: number;
    }
    const FIELDS = ['inPost', 'permanent', 'agency', 'trained'] as const;
    type Field = (typeof FIELDS)[number];
    const STAFF: FigureRules<Staff> = {
      ...HEADS,
      counts: [...FIELDS],
      complements: [{ whole: ['inPost'], part: 'trained' }],
    };
    const random = mulberry32(20240930);
    const upTo = (limit: number) => Math.floor(random() * (limit + 1));
    const staff = (permanent: number, agency: number, trained: number): Staff => ({ ...heads(permanent, agency), trained });
    const tables = Array.from({ length: 1000 }, () => {
      const rows = Array.from({ length: 2 + upTo(3) }, () => {
        const row = heads(upTo(random() < 0.5 ? 6 : 30), upTo(random() < 0.5 ? 6 : 30));
        return staff(row.permanent, row.agency, Math.max(0, row.inPost - upTo(random() < 0.5 ? 6 : row.inPost)));
      });
      const total = rows.reduce(
        (sum, row) => staff(sum.permanent + row.permanent, sum.agency + row.agency, sum.trained + row.trained),
        staff(0, 0, 0),
      );
      const unknownRow = upTo(rows.length - 1);
      const known = rows.map((_, index) => index !== unknownRow && random() < 0.4);
      return { total, rows, known };
    });
    const shownTables = tables.map(({ total, rows, known }) => ({
      total,
      rows,
      known,
      shown: withholdSmallCountsInTable(total, rows, STAFF, FIELDS, { exact: false, knowsRow: (index) => known[index] }),
    }));

    /** What the viewer has of each figure: the shown value, or the exact one for a known row, or undefined when hidden from them. */
    const seen = (figures: Shown<Staff>, exact: Staff, known: boolean) => (field: Field) =>
      known ? exact[field] : (figures[field] ?? undefined);

    /** The figures the viewer does not know already: the total and the other rows. */
    const othersOf = ({ shown, known }: (typeof shownTables)[number]) => [shown.total, ...shown.rows.filter((_, index) => !known[index])];

    it('shows the rows the viewer knows exactly, and no other count from 1 to 4', () => {
      for (const table of shownTables) {
        table.known.forEach((known, index) => {
          if (known) expect(table.shown.rows[index]).toEqual({ ...table.rows[index], suppressed: [] });
        });
        for (const figures of othersOf(table)) {
          for (const field of FIELDS) expect(isSmallCount(figures[field] ?? 0)).toBe(false);
        }
      }
    });

    it('leaves no sum with exactly one member hidden from the viewer, nor one whose hidden parts add up to 1 to 4 beside a total they have', () => {
      for (const { total, rows, known, shown } of shownTables) {
        const objects = [seen(shown.total, total, false), ...rows.map((row, index) => seen(shown.rows[index], row, known[index]))];
        const exacts = [total, ...rows];
        const member = (index: number, field: Field) => ({ seen: objects[index](field), exact: exacts[index][field] });
        // inPost = permanent + agency in every object, and each field's total = the sum of the rows'.
        const sums = [
          ...exacts.map((_, index) => (['inPost', 'permanent', 'agency'] as const).map((field) => member(index, field))),
          ...FIELDS.map((field) => exacts.map((_, index) => member(index, field))),
        ];
        for (const [sumTotal, ...parts] of sums) {
          const hidden = (cell: { seen: number | undefined }) => cell.seen === undefined;
          expect([sumTotal, ...parts].filter(hidden).length).not.toBe(1);
          if (!hidden(sumTotal)) {
            const rest = parts.filter(hidden).reduce((sum, part) => sum + part.exact, 0);
            expect(isSmallCount(rest)).toBe(false);
          }
        }
      }
    });

    it('leaves no whole less a part it shows beside it from 1 to 4', () => {
      for (const table of shownTables) {
        for (const figures of othersOf(table)) {
          if (figures.inPost !== null && figures.trained !== null) expect(isSmallCount(figures.inPost - figures.trained)).toBe(false);
        }
      }
    });

    it('makes tables that exercise every rule', () => {
      const withheldTotals = shownTables.filter(({ shown }) => shown.total.suppressed.length > 0).length;
      const withheldTrained = shownTables.filter(({ shown }) =>
        shown.rows.some((row) => row.trained === null && row.inPost !== null),
      ).length;
      const knownRows = shownTables.filter(({ known }) => known.some(Boolean)).length;
      expect(Math.min(withheldTotals, withheldTrained, knownRows)).toBeGreaterThan(100);
    });
  });
});

/** A small seeded random number generator, so a failing table can be found again. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
