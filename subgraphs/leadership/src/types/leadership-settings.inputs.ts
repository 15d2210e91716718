/** The input of leadershipSettingsUpdate. */
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A partnership’s minimum learning days.' })
export class LeadershipSettingsUpdateInput {
  @Field(() => ID, { description: 'The partnership to set; you must administer it.' })
  partnershipId: string;

  @Field(() => Int, { description: 'Learning days a practitioner is expected to record each registration year: 0 (no minimum) to 30.' })
  minLearningDays: number;
}
