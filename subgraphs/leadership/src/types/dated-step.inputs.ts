/** The input of every step taken on a date: pausing, resuming, withdrawing, completing or ending. */
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '#hub/shared/scalars';

@InputType({ description: 'A step taken on a date: pausing, resuming, withdrawing, completing or ending.' })
export class DatedStepInput {
  @Field(() => ID, { description: 'The enrolment, ASYE record or mentoring relationship the step is taken on.' })
  id: string;

  @Field(() => DateScalar, { description: 'The day of the step, not after today.' })
  on: string;
}
