/** The input of mentoringStart. */
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '#hub/shared/scalars';
import { MentoringPurpose } from './enums';

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
