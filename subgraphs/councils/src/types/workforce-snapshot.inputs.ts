import { Field, Float, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../../../shared/scalars';

@InputType()
export class WorkforceSnapshotCreateInput {
  @Field(() => ID)
  councilId: string;

  @Field(() => DateScalar, { description: 'The census date: 30 September.' })
  censusDate: string;

  @Field(() => Float)
  permanentFte: number;

  @Field(() => Float)
  agencyFte: number;

  @Field(() => Float)
  vacancyFte: number;

  @Field(() => Float)
  leaverFte: number;

  @Field(() => Float, { nullable: true })
  averageCaseload?: number | null;
}

@InputType()
export class WorkforceSnapshotUpdateInput {
  @Field(() => ID)
  id: string;

  @Field(() => Float, { nullable: true })
  permanentFte?: number;

  @Field(() => Float, { nullable: true })
  agencyFte?: number;

  @Field(() => Float, { nullable: true })
  vacancyFte?: number;

  @Field(() => Float, { nullable: true })
  leaverFte?: number;

  @Field(() => Float, { nullable: true })
  averageCaseload?: number | null;
}
