/** The input of placementSettingsUpdate: a partnership's placement rules. */
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Settings left out stay as they are.' })
export class PlacementSettingsUpdateInput {
  @Field(() => ID, { description: 'The partnership whose rules change; you must administer it.' })
  partnershipId: string;

  @Field(() => Int, { nullable: true, description: '1 or 2.' })
  statutoryPlacementsRequired?: number | null;

  @Field(() => Int, { nullable: true, description: '2 to 5 years.' })
  stageTwoMinYearsQualified?: number | null;
}
