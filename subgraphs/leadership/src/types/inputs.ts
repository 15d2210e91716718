/** The inputs of this subgraph's mutations. */
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '#hub/shared/scalars';
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

@InputType({ description: 'A new KSS or post-qualifying standard heading.' })
export class KssStandardCreateInput {
  @Field(() => KssFramework, { description: 'The framework the heading belongs to.' })
  framework: KssFramework;

  @Field({ description: 'A short code, e.g. "CF1": at most 12 characters, stored in capitals, unique within the framework.' })
  code: string;

  @Field({ description: 'The heading’s wording, at most 200 characters.' })
  heading: string;
}

@InputType({ description: 'A new wording for a KSS heading.' })
export class KssStandardUpdateInput {
  @Field(() => ID, { description: 'The heading to reword.' })
  id: string;

  @Field({ description: 'Its new wording, at most 200 characters; the framework and code stay as they are.' })
  heading: string;
}

@InputType({ description: 'One stage of a new pathway; stages are numbered in the order given.' })
export class PathwayStageInput {
  @Field({ description: 'The stage’s name, at most 160 characters.' })
  name: string;

  @Field(() => PcfLevel, { description: 'The PCF level the stage aims at.' })
  targetPcfLevel: PcfLevel;

  @Field(() => Int, { description: 'How long the stage usually takes: 1 to 60 months.' })
  expectedMonths: number;

  @Field(() => [ID], { nullable: true, description: 'The KSS headings the stage works toward, by id; none when left out.' })
  kssStandardIds?: string[] | null;
}

@InputType({ description: 'Give exactly one owner: a council or a partnership.' })
export class PathwayCreateInput {
  @Field({ description: 'The pathway’s name, at most 160 characters.' })
  name: string;

  @Field(() => PathwayKind, { description: 'What the pathway prepares practitioners for.' })
  kind: PathwayKind;

  @Field(() => ID, { nullable: true, description: 'The council that will own it; you must administer it.' })
  ownerCouncilId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The partnership that will own it; you must administer it.' })
  ownerPartnershipId?: string | null;

  @Field(() => [PathwayStageInput], { description: '1 to 12 stages, in order.' })
  stages: PathwayStageInput[];
}

@InputType({ description: 'A practitioner to put on a pathway.' })
export class PathwayEnrolInput {
  @Field(() => ID, { description: 'The pathway: a partnership’s, or one of the practitioner’s council.' })
  pathwayId: string;

  @Field(() => ID, { description: 'The practitioner to enrol; they must not be on this pathway already.' })
  practitionerId: string;

  @Field(() => ID, { description: 'The practitioner’s council; you must administer it.' })
  councilId: string;

  @Field(() => DateScalar, { description: 'The day they start on the pathway and its first stage.' })
  startedOn: string;
}

@InputType({ description: 'The sign-off of an enrolment’s current stage.' })
export class PathwayStageSignOffInput {
  @Field(() => ID, { description: 'The enrolment whose current stage is signed off; it must be active, not paused.' })
  id: string;

  @Field(() => DateScalar, { description: 'The day of the sign-off: not before the stage began, not after today.' })
  signedOffOn: string;

  @Field({ description: 'The evidence seen, in at most 500 characters; no details of people who use services.' })
  evidenceNote: string;
}

@InputType({ description: 'A step taken on a date: pausing, resuming or withdrawing.' })
export class DatedStepInput {
  @Field(() => ID, { description: 'The enrolment, ASYE record or mentoring relationship the step is taken on.' })
  id: string;

  @Field(() => DateScalar, { description: 'The day of the step; for enrolments and ASYE records, not after today.' })
  on: string;
}

@InputType({ description: 'A new ASYE for a newly qualified social worker.' })
export class AsyeStartInput {
  @Field(() => ID, { description: 'The newly qualified social worker; they must have no ASYE other than withdrawn ones.' })
  practitionerId: string;

  @Field(() => ID, { description: 'The practitioner’s council; you must administer it.' })
  councilId: string;

  @Field(() => ID, { description: 'The practitioner who assesses the ASYE: of the same council, and not the one doing it.' })
  assessorPractitionerId: string;

  @Field(() => DateScalar, { description: 'The first day of the ASYE; every review is due from it.' })
  startedOn: string;

  @Field(() => EarlyCareerProgramme, { nullable: true, description: 'ASYE when not given.' })
  programme?: EarlyCareerProgramme | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether to plan the optional 9-month review; false when not given.' })
  withNineMonthReview?: boolean | null;
}

@InputType({ description: 'A review as held.' })
export class AsyeReviewInput {
  @Field(() => ID, { description: 'The ASYE record; it must be running (in progress or paused).' })
  id: string;

  @Field(() => AsyeReviewPoint, {
    description: 'Which review was held (the 9-month one only when planned); recording one again replaces it.',
  })
  point: AsyeReviewPoint;

  @Field(() => DateScalar, {
    description: 'The day it was held: not before the start, not after today; a final review from four weeks before it is due.',
  })
  heldOn: string;

  @Field(() => ReviewOutcome, { description: 'What the review found.' })
  outcome: ReviewOutcome;
}

@InputType({ description: 'Evidence counts as they now stand; fields left out stay as they are.' })
export class AsyeEvidenceInput {
  @Field(() => ID, { description: 'The ASYE record; it must be running (in progress or paused).' })
  id: string;

  @Field(() => Int, { nullable: true, description: 'Direct observations of practice so far: 0 to 50.' })
  directObservations?: number | null;

  @Field(() => Int, { nullable: true, description: 'Pieces of feedback from people who use services so far: 0 to 50.' })
  feedbackFromPeopleWhoUseServices?: number | null;

  @Field(() => Int, { nullable: true, description: 'Pieces of feedback from other professionals so far: 0 to 50.' })
  professionalFeedback?: number | null;

  @Field(() => Int, { nullable: true, description: 'Written reports assessed so far: 0 to 50.' })
  writtenReports?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the critical reflection at 6 months is done.' })
  reflectionAtSixMonths?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the critical reflection at 12 months is done.' })
  reflectionAtTwelveMonths?: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Protected development hours taken so far: 0 to 2,000.' })
  protectedDevelopmentHours?: number | null;
}

@InputType({ description: 'A new mentoring relationship: a mentee of your council and one mentor.' })
export class MentoringStartInput {
  @Field(() => ID, { description: 'The practitioner to be mentored.' })
  menteePractitionerId: string;

  @Field(() => ID, { description: 'The mentee’s council; you must administer it.' })
  menteeCouncilId: string;

  @Field(() => ID, { nullable: true, description: 'Give a practitioner or a lecturer as mentor, not both.' })
  mentorPractitionerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The lecturer who mentors, when the mentor is not a practitioner.' })
  mentorLecturerId?: string | null;

  @Field(() => MentoringPurpose, { description: 'What the mentoring is for.' })
  purpose: MentoringPurpose;

  @Field(() => DateScalar, { description: 'The day the mentoring starts; sessions are logged from then.' })
  startedOn: string;
}

@InputType({ description: 'One mentoring conversation as held.' })
export class MentoringSessionLogInput {
  @Field(() => ID, { description: 'The mentoring relationship the session belongs to.' })
  relationshipId: string;

  @Field(() => DateScalar, { description: 'The day it was held: while the mentoring runs, and not after today.' })
  heldOn: string;

  @Field(() => Int, { description: '5 to 480 minutes.' })
  minutes: number;

  @Field({ description: 'At most 500 characters; no details of people who use services.' })
  topics: string;
}

@InputType({ description: 'A piece of CPD as Social Work England asks for it: what it was, what was learnt and the difference it made.' })
export class CpdRecordAddInput {
  @Field(() => ID, { description: 'Whose CPD it is: yourself, or one of your council’s practitioners.' })
  practitionerId: string;

  @Field(() => ID, { description: 'The practitioner’s council.' })
  councilId: string;

  @Field(() => CpdType, { description: 'The kind of learning.' })
  type: CpdType;

  @Field({ description: 'A short title, at most 160 characters.' })
  title: string;

  @Field(() => DateScalar, { description: 'The day it was completed, not after today; it counts in the registration year of that day.' })
  completedOn: string;

  @Field(() => Float, { description: 'Hours spent, kept to one decimal place: more than 0, at most 200.' })
  hours: number;

  @Field({ description: 'What was learnt, in at most 1,000 characters; no details of people who use services.' })
  learning: string;

  @Field({ description: 'The difference it made to practice, in at most 1,000 characters; no details of people who use services.' })
  impact: string;

  @Field(() => PeerReflectionSetting, { nullable: true, description: 'Where it was discussed with a peer; leave out if it was not.' })
  peerReflectionSetting?: PeerReflectionSetting | null;

  @Field(() => ID, { nullable: true, description: 'The teaching session in the universities subgraph it came from, if any, by id.' })
  teachingSessionId?: string | null;
}

@InputType({ description: 'A partnership’s minimum learning days.' })
export class LeadershipSettingsUpdateInput {
  @Field(() => ID, { description: 'The partnership to set; you must administer it.' })
  partnershipId: string;

  @Field(() => Int, { description: 'Learning days a practitioner is expected to record each registration year: 0 (no minimum) to 30.' })
  minLearningDays: number;
}
