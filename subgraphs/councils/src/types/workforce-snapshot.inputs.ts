import { Field, Float, ID, InputType } from 'type-graphql';
import { DateScalar } from '#hub/shared/scalars';

@InputType({ description: 'A council’s workforce return for one census date, in FTE.' })
export class WorkforceSnapshotCreateInput {
  @Field(() => ID, { description: 'The council whose return it is: one you administer, or one of a partnership you administer.' })
  councilId: string;

  @Field(() => DateScalar, { description: 'The census date: 30 September.' })
  censusDate: string;

  @Field(() => Float, { description: 'Social workers employed by the council on the census date (FTE), 0 to 20,000.' })
  permanentFte: number;

  @Field(() => Float, { description: 'Agency social workers on the census date (FTE), 0 to 20,000.' })
  agencyFte: number;

  @Field(() => Float, { description: 'Vacant social worker posts on the census date (FTE), 0 to 20,000.' })
  vacancyFte: number;

  @Field(() => Float, { description: 'Social workers who left in the year to the census date (FTE), 0 to 20,000.' })
  leaverFte: number;

  @Field(() => Float, { nullable: true, description: 'Average caseload per case-holding social worker, 0 to 200; null when not reported.' })
  averageCaseload?: number | null;
}

@InputType({
  description: 'Corrections to a workforce return’s figures; a figure left out keeps its value. The council and census date cannot change.',
})
export class WorkforceSnapshotUpdateInput {
  @Field(() => ID, { description: 'The workforce return to correct.' })
  id: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Social workers employed by the council (FTE), 0 to 20,000; null or absent keeps it.',
  })
  permanentFte?: number;

  @Field(() => Float, { nullable: true, description: 'Agency social workers (FTE), 0 to 20,000; null or absent keeps it.' })
  agencyFte?: number;

  @Field(() => Float, { nullable: true, description: 'Vacant social worker posts (FTE), 0 to 20,000; null or absent keeps it.' })
  vacancyFte?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Leavers in the year to the census date (FTE), 0 to 20,000; null or absent keeps it.',
  })
  leaverFte?: number;

  @Field(() => Float, { nullable: true, description: 'Average caseload per case-holding social worker, 0 to 200; null clears it.' })
  averageCaseload?: number | null;
}
