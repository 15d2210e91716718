/** The headcount object type: practitioners in post, with small counts withheld (see rules/headcount.ts). */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { IsoDate } from '#hub/shared/iso-date';
import { DateScalar } from '#hub/shared/scalars';
import { SuppressedFields } from '#hub/shared/small-counts';

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
