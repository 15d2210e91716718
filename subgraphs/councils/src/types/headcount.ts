import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { IsoDate } from '#hub/shared/iso-date';
import { DateScalar } from '#hub/shared/scalars';
import {
  SuppressedFields,
  withholdSmallCounts,
  withholdSmallCountsInTable,
  type FigureRules,
  type FigureViewer,
} from '#hub/shared/small-counts';
import { agencyRate } from '../rules/workforce-rates';

@ObjectType({
  description:
    'Practitioners in post on `asOf` (today), from the practitioner register. Counts from 1 to 4, and figures that would give them away, are null and named in `suppressed`, except for the admins of the council or partnership counted.',
})
export class Headcount {
  @Field(() => DateScalar, { description: 'The day counted: today by the hub’s clock.' })
  asOf: IsoDate;

  @Field(() => Int, { nullable: true, description: 'Everyone in post: permanent + agency.' })
  inPost: number | null;

  @Field(() => Int, { nullable: true, description: 'Practitioners in post employed by the council directly (people, not FTE).' })
  permanent: number | null;

  @Field(() => Int, { nullable: true, description: 'Practitioners in post supplied by an agency (people, not FTE).' })
  agency: number | null;

  @Field(() => Float, { nullable: true, description: 'agency / (agency + permanent), from 0 to 1; null when nobody is in post.' })
  agencyRate: number | null;

  @SuppressedFields()
  suppressed: string[];
}

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
