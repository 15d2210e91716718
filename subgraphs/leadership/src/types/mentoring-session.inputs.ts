/** The input of mentoringSessionLog. */
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '#hub/shared/scalars';

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
