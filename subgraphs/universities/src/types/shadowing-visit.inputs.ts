import { Field, Float, ID, InputType } from 'type-graphql';
import { DateScalar } from '#hub/shared/scalars';
import { ShadowingKind, ShadowingStatus } from './enums';
import { AcademicYearScalar } from '#hub/shared/scalars';

@InputType({ description: 'A visit to ask a council to host; it starts as REQUESTED.' })
export class ShadowingVisitRequestInput {
  @Field(() => ID, { description: 'The lecturer who will visit; you must administer their university.' })
  lecturerId: string;

  @Field(() => ID, { description: 'The host council.' })
  councilId: string;

  @Field(() => ID, { nullable: true, description: 'A team of the host council; the council may change it when approving.' })
  hostTeamId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A practitioner of the host council to shadow; the council confirms or changes it when approving.',
  })
  hostPractitionerId?: string | null;

  @Field(() => ShadowingKind, { description: 'What the lecturer will do in practice.' })
  kind: ShadowingKind;

  @Field(() => DateScalar, { description: 'Today or later.' })
  visitOn: string;

  @Field(() => Float, { description: 'More than 0 and at most 12, to one decimal place.' })
  plannedHours: number;

  @Field({ description: 'What the lecturer hopes to learn, in at most 500 characters. No details of people who use services.' })
  purpose: string;
}

@InputType({ description: 'A requested visit the host council approves; its day must not have passed.' })
export class ShadowingVisitApproveInput {
  @Field(() => ID, { description: 'The visit, which must be REQUESTED.' })
  id: string;

  @Field(() => ID, { nullable: true, description: 'Set or change the host team, one of your council’s; null clears it, absent keeps it.' })
  hostTeamId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Set or change the host practitioner, one on your council’s register; null clears it, absent keeps the one asked for.',
  })
  hostPractitionerId?: string | null;
}

@InputType({ description: 'A requested visit the host council declines, and why.' })
export class ShadowingVisitDeclineInput {
  @Field(() => ID, { description: 'The visit, which must be REQUESTED.' })
  id: string;

  @Field({ description: 'Why, in at most 500 characters.' })
  reason: string;
}

@InputType({ description: 'An approved visit recorded as done, from its day on, with what it gave.' })
export class ShadowingVisitCompleteInput {
  @Field(() => ID, { description: 'The visit, which must be APPROVED.' })
  id: string;

  @Field(() => Float, { description: 'Hours spent in practice: more than 0 and at most 12, to one decimal place.' })
  hours: number;

  @Field({
    description: 'What the lecturer learnt, in at most 1,000 characters. Never names or describes people who use services.',
  })
  learningSummary: string;
}

@InputType({ description: 'A requested or approved visit to call off, until its day has passed.' })
export class ShadowingVisitCancelInput {
  @Field(() => ID, { description: 'The visit, which must be REQUESTED or APPROVED.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Why, in at most 500 characters.' })
  reason?: string | null;
}

@InputType({ description: 'Which of the visits you may see to list; every condition given must hold.' })
export class ShadowingVisitFilter {
  @Field(() => ID, { nullable: true, description: 'Only visits by this university’s lecturers.' })
  universityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only visits hosted by this council.' })
  councilId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this lecturer’s visits.' })
  lecturerId?: string | null;

  @Field(() => ShadowingStatus, { nullable: true, description: 'Only visits with this status now.' })
  status?: ShadowingStatus | null;

  @Field(() => AcademicYearScalar, { nullable: true, description: 'Only visits whose date falls in this academic year.' })
  academicYear?: string | null;
}
