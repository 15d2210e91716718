/** The input of cpdRecordAdd. */
import { Field, Float, ID, InputType } from 'type-graphql';
import { DateScalar } from '#hub/shared/scalars';
import { CpdType, PeerReflectionSetting } from './enums';

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
