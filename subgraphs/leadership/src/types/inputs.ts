/** The inputs of this subgraph's mutations. */
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../../../shared/scalars';
import { AsyeReviewPoint } from '../rules/asye';
import {
  CpdType,
  EarlyCareerProgramme,
  KssFramework,
  MentoringPurpose,
  PathwayKind,
  PcfLevel,
  PeerReflectionSetting,
  ReviewOutcome,
} from './enums';

@InputType()
export class KssStandardCreateInput {
  @Field(() => KssFramework)
  framework: KssFramework;

  @Field()
  code: string;

  @Field()
  heading: string;
}

@InputType()
export class KssStandardUpdateInput {
  @Field(() => ID)
  id: string;

  @Field()
  heading: string;
}

@InputType()
export class PathwayStageInput {
  @Field()
  name: string;

  @Field(() => PcfLevel)
  targetPcfLevel: PcfLevel;

  @Field(() => Int, { description: '1 to 60 months.' })
  expectedMonths: number;

  @Field(() => [ID], { nullable: true })
  kssStandardIds?: string[] | null;
}

@InputType({ description: 'Give exactly one owner: a council or a partnership.' })
export class PathwayCreateInput {
  @Field()
  name: string;

  @Field(() => PathwayKind)
  kind: PathwayKind;

  @Field(() => ID, { nullable: true })
  ownerCouncilId?: string | null;

  @Field(() => ID, { nullable: true })
  ownerPartnershipId?: string | null;

  @Field(() => [PathwayStageInput], { description: '1 to 12 stages, in order.' })
  stages: PathwayStageInput[];
}

@InputType()
export class PathwayEnrolInput {
  @Field(() => ID)
  pathwayId: string;

  @Field(() => ID)
  practitionerId: string;

  @Field(() => ID, { description: 'The practitioner’s council; you must administer it.' })
  councilId: string;

  @Field(() => DateScalar)
  startedOn: string;
}

@InputType()
export class PathwayStageSignOffInput {
  @Field(() => ID)
  id: string;

  @Field(() => DateScalar)
  signedOffOn: string;

  @Field({ description: 'The evidence seen, in at most 500 characters; no details of people who use services.' })
  evidenceNote: string;
}

@InputType({ description: 'A step taken on a date: pausing, resuming or withdrawing.' })
export class DatedStepInput {
  @Field(() => ID)
  id: string;

  @Field(() => DateScalar)
  on: string;
}

@InputType()
export class AsyeStartInput {
  @Field(() => ID)
  practitionerId: string;

  @Field(() => ID, { description: 'The practitioner’s council; you must administer it.' })
  councilId: string;

  @Field(() => ID)
  assessorPractitionerId: string;

  @Field(() => DateScalar)
  startedOn: string;

  @Field(() => EarlyCareerProgramme, { nullable: true, description: 'ASYE when not given.' })
  programme?: EarlyCareerProgramme | null;

  @Field(() => Boolean, { nullable: true })
  withNineMonthReview?: boolean | null;
}

@InputType()
export class AsyeReviewInput {
  @Field(() => ID)
  id: string;

  @Field(() => AsyeReviewPoint)
  point: AsyeReviewPoint;

  @Field(() => DateScalar)
  heldOn: string;

  @Field(() => ReviewOutcome)
  outcome: ReviewOutcome;
}

@InputType({ description: 'Evidence counts as they now stand; fields left out stay as they are.' })
export class AsyeEvidenceInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true })
  directObservations?: number | null;

  @Field(() => Int, { nullable: true })
  feedbackFromPeopleWhoUseServices?: number | null;

  @Field(() => Int, { nullable: true })
  professionalFeedback?: number | null;

  @Field(() => Int, { nullable: true })
  writtenReports?: number | null;

  @Field(() => Boolean, { nullable: true })
  reflectionAtSixMonths?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  reflectionAtTwelveMonths?: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Protected development hours taken so far.' })
  protectedDevelopmentHours?: number | null;
}

@InputType()
export class MentoringStartInput {
  @Field(() => ID)
  menteePractitionerId: string;

  @Field(() => ID, { description: 'The mentee’s council; you must administer it.' })
  menteeCouncilId: string;

  @Field(() => ID, { nullable: true, description: 'Give a practitioner or a lecturer as mentor, not both.' })
  mentorPractitionerId?: string | null;

  @Field(() => ID, { nullable: true })
  mentorLecturerId?: string | null;

  @Field(() => MentoringPurpose)
  purpose: MentoringPurpose;

  @Field(() => DateScalar)
  startedOn: string;
}

@InputType()
export class MentoringSessionLogInput {
  @Field(() => ID)
  relationshipId: string;

  @Field(() => DateScalar)
  heldOn: string;

  @Field(() => Int, { description: '5 to 480 minutes.' })
  minutes: number;

  @Field({ description: 'At most 500 characters; no details of people who use services.' })
  topics: string;
}

@InputType()
export class CpdRecordAddInput {
  @Field(() => ID)
  practitionerId: string;

  @Field(() => ID, { description: 'The practitioner’s council.' })
  councilId: string;

  @Field(() => CpdType)
  type: CpdType;

  @Field()
  title: string;

  @Field(() => DateScalar)
  completedOn: string;

  @Field(() => Float, { description: 'More than 0, at most 200.' })
  hours: number;

  @Field()
  learning: string;

  @Field()
  impact: string;

  @Field(() => PeerReflectionSetting, { nullable: true, description: 'Where it was discussed with a peer; leave out if it was not.' })
  peerReflectionSetting?: PeerReflectionSetting | null;

  @Field(() => ID, { nullable: true })
  teachingSessionId?: string | null;
}

@InputType()
export class LeadershipSettingsUpdateInput {
  @Field(() => ID)
  partnershipId: string;

  @Field(() => Int, { description: '0 to 30.' })
  minLearningDays: number;
}
