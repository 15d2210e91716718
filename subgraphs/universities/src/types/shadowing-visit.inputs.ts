import { Field, Float, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../../../shared/scalars';
import { ShadowingKind, ShadowingStatus } from './enums';
import { AcademicYearScalar } from '../../../../shared/scalars';

@InputType()
export class ShadowingVisitRequestInput {
  @Field(() => ID)
  lecturerId: string;

  @Field(() => ID, { description: 'The host council.' })
  councilId: string;

  @Field(() => ID, { nullable: true, description: 'A team of the host council; the council may set it when approving.' })
  hostTeamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A practitioner of the host council to shadow.' })
  hostPractitionerId?: string | null;

  @Field(() => ShadowingKind)
  kind: ShadowingKind;

  @Field(() => DateScalar, { description: 'Today or later.' })
  visitOn: string;

  @Field(() => Float, { description: 'More than 0 and at most 12, to one decimal place.' })
  plannedHours: number;

  @Field({ description: 'What the lecturer hopes to learn, in at most 500 characters. No details of people who use services.' })
  purpose: string;
}

@InputType()
export class ShadowingVisitApproveInput {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'Set or change the host team.' })
  hostTeamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Set or change the host practitioner.' })
  hostPractitionerId?: string | null;
}

@InputType()
export class ShadowingVisitDeclineInput {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Why, in at most 500 characters.' })
  reason: string;
}

@InputType()
export class ShadowingVisitCompleteInput {
  @Field(() => ID)
  id: string;

  @Field(() => Float, { description: 'Hours spent in practice: more than 0 and at most 12, to one decimal place.' })
  hours: number;

  @Field({
    description: 'What the lecturer learnt, in at most 1,000 characters. Never names or describes people who use services.',
  })
  learningSummary: string;
}

@InputType()
export class ShadowingVisitCancelInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'Why, in at most 500 characters.' })
  reason?: string | null;
}

@InputType()
export class ShadowingVisitFilter {
  @Field(() => ID, { nullable: true })
  universityId?: string | null;

  @Field(() => ID, { nullable: true })
  councilId?: string | null;

  @Field(() => ID, { nullable: true })
  lecturerId?: string | null;

  @Field(() => ShadowingStatus, { nullable: true })
  status?: ShadowingStatus | null;

  @Field(() => AcademicYearScalar, { nullable: true })
  academicYear?: string | null;
}
