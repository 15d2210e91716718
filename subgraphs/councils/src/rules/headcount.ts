/**
 * A headcount as a viewer sees it: exact for the admins of the council or partnership counted;
 * for everyone else counts from 1 to 4 are withheld, and so are the figures that would give them
 * away (the agency rate, or a total less one of its parts).
 */
import type { IsoDate } from '#hub/shared/iso-date';
import { withholdSmallCounts, withholdSmallCountsInTable, type FigureRules, type FigureViewer } from '#hub/shared/small-counts';
import type { Headcount } from '../types/headcount';
import { agencyRate } from './workforce-rates';

type HeadcountFigures = Omit<Headcount, 'suppressed' | 'asOf'> & { inPost: number; permanent: number; agency: number };

const HEADCOUNT_RULES: FigureRules<HeadcountFigures> = {
  counts: ['inPost', 'permanent', 'agency'],
  derived: { agencyRate: ['agency', 'permanent'] },
  sums: [['inPost', 'permanent', 'agency']],
};

function headcountFigures({ permanent, agency }: { permanent: number; agency: number }): HeadcountFigures {
  return { inPost: permanent + agency, permanent, agency, agencyRate: agencyRate(permanent, agency) };
}

/** One council's or team's headcount; `exact` for the admins of the council. */
export function toHeadcount(counts: { permanent: number; agency: number }, exact: boolean, asOf: IsoDate): Headcount {
  return { ...withholdSmallCounts(headcountFigures(counts), HEADCOUNT_RULES, exact), asOf };
}

/**
 * A partnership's headcount, summed over its councils; withheld so no council's own withheld
 * figure can be worked out from it, even by a viewer who knows some councils' figures exactly.
 */
export function toPartnershipHeadcount(
  councils: readonly { permanent: number; agency: number }[],
  viewer: FigureViewer,
  asOf: IsoDate,
): Headcount {
  const rows = councils.map(headcountFigures);
  const total = headcountFigures({
    permanent: councils.reduce((sum, row) => sum + row.permanent, 0),
    agency: councils.reduce((sum, row) => sum + row.agency, 0),
  });
  return { ...withholdSmallCountsInTable(total, rows, HEADCOUNT_RULES, ['inPost', 'permanent', 'agency'], viewer).total, asOf };
}
