import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '#hub/shared/scalars';
import { StudentStage, StudentStatus } from './enums';

@InputType({ description: 'A new student, enrolled on one of your university’s programmes; they start as STUDYING.' })
export class StudentCreateInput {
  @Field(() => ID, { description: 'The programme they study; you must administer its university.' })
  programmeId: string;

  @Field({
    description:
      'The university’s own student number: 1 to 20 letters, digits or hyphens, stored in capitals; unique within the university.',
  })
  studentNumber: string;

  @Field({ description: 'At most 80 characters.' })
  givenName: string;

  @Field({ description: 'At most 80 characters.' })
  familyName: string;

  @Field(() => Int, { description: 'The year the cohort started, from 2000 to next year.' })
  cohortYear: number;

  @Field(() => StudentStage, { nullable: true, description: 'ENTRY when not given.' })
  stage?: StudentStage | null;

  @Field(() => DateScalar, { nullable: true, description: 'When suitability was confirmed; leave out until it is.' })
  suitabilityConfirmedOn?: string | null;
}

@InputType({ description: 'Changes to a student; fields left out stay as they are.' })
export class StudentUpdateInput {
  @Field(() => ID, { description: 'The student to change.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'At most 80 characters.' })
  givenName?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 80 characters.' })
  familyName?: string | null;

  @Field(() => StudentStage, { nullable: true, description: 'The PCF qualifying level they have now reached.' })
  stage?: StudentStage | null;

  @Field(() => StudentStatus, { nullable: true, description: 'Where they now are with the programme.' })
  status?: StudentStatus | null;

  @Field(() => DateScalar, { nullable: true, description: 'Set when suitability is confirmed; null withdraws the confirmation.' })
  suitabilityConfirmedOn?: string | null;
}

@InputType({ description: 'Which of a university’s students to list; every condition given must hold.' })
export class StudentFilter {
  @Field(() => ID, { description: 'The university whose students to list; you must administer it.' })
  universityId: string;

  @Field(() => ID, { nullable: true, description: 'Only students on this programme.' })
  programmeId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only students of the cohort that started in this year.' })
  cohortYear?: number | null;

  @Field(() => StudentStatus, { nullable: true, description: 'Only students with this status.' })
  status?: StudentStatus | null;

  @Field(() => String, { nullable: true, description: 'Only students whose family name contains this text, ignoring case.' })
  familyNameContains?: string | null;
}
