import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../../../shared/scalars';
import { StudentStage, StudentStatus } from './enums';

@InputType()
export class StudentCreateInput {
  @Field(() => ID)
  programmeId: string;

  @Field()
  studentNumber: string;

  @Field()
  givenName: string;

  @Field()
  familyName: string;

  @Field(() => Int)
  cohortYear: number;

  @Field(() => StudentStage, { nullable: true, description: 'ENTRY when not given.' })
  stage?: StudentStage | null;

  @Field(() => DateScalar, { nullable: true, description: 'When suitability was confirmed; leave out until it is.' })
  suitabilityConfirmedOn?: string | null;
}

@InputType()
export class StudentUpdateInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  givenName?: string | null;

  @Field(() => String, { nullable: true })
  familyName?: string | null;

  @Field(() => StudentStage, { nullable: true })
  stage?: StudentStage | null;

  @Field(() => StudentStatus, { nullable: true })
  status?: StudentStatus | null;

  @Field(() => DateScalar, { nullable: true, description: 'Set when suitability is confirmed; null withdraws the confirmation.' })
  suitabilityConfirmedOn?: string | null;
}

@InputType()
export class StudentFilter {
  @Field(() => ID, { description: 'The university whose students to list; you must administer it.' })
  universityId: string;

  @Field(() => ID, { nullable: true })
  programmeId?: string | null;

  @Field(() => Int, { nullable: true })
  cohortYear?: number | null;

  @Field(() => StudentStatus, { nullable: true })
  status?: StudentStatus | null;

  @Field(() => String, { nullable: true })
  familyNameContains?: string | null;
}
