/** The inputs of enrolling on a pathway and signing off its stages. */
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '#hub/shared/scalars';

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
