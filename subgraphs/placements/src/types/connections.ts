/** Connection types for the paginated lists of this subgraph. */
import { ArgsType, Field } from 'type-graphql';
import { ConnectionType, PageArgs } from '#hub/shared/pagination';
import { PlacementOffer } from '../entities/placement-offer.entity';
import { Placement } from '../entities/placement.entity';
import { PracticeRule } from './enums';
import { StudentPracticeDays } from './figures';

export const PlacementOfferConnection = ConnectionType(PlacementOffer, 'PlacementOffer');
export const PlacementConnection = ConnectionType(Placement, 'Placement');
export const StudentPracticeDaysConnection = ConnectionType(StudentPracticeDays, 'StudentPracticeDays');

@ArgsType()
export class StudentPracticeDaysArgs extends PageArgs {
  @Field(() => PracticeRule, { nullable: true, description: 'Only students whose placements break this rule.' })
  breach?: PracticeRule | null;
}
