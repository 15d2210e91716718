/** The inputs of the placement offer mutations. */
import { Field, ID, InputType, Int } from 'type-graphql';
import { AcademicYearScalar, DateScalar } from '#hub/shared/scalars';
import { PlacementLevel, PlacementSetting } from './enums';

@InputType({ description: 'A new offer of placements from a council to a partnership’s students.' })
export class PlacementOfferCreateInput {
  @Field(() => ID, {
    description: 'The partnership whose students the places are for; the council must be its member on the councils subgraph’s register.',
  })
  partnershipId: string;

  @Field(() => ID, { description: 'The host council; you must administer it.' })
  councilId: string;

  @Field(() => ID, { nullable: true, description: 'The host team: one of the council’s on the councils subgraph’s register.' })
  teamId?: string | null;

  @Field(() => AcademicYearScalar, { description: 'The academic year the places count in; startsOn must fall within it.' })
  academicYear: string;

  @Field(() => PlacementSetting, { description: 'The setting; it decides whether the places are statutory.' })
  setting: PlacementSetting;

  @Field(() => PlacementLevel, { description: 'First or final placement; a final one needs a stage 2 practice educator.' })
  level: PlacementLevel;

  @Field(() => Int, { description: '1 to 20 students at once.' })
  capacity: number;

  @Field(() => DateScalar, { description: 'The first day of the placements, within the academic year.' })
  startsOn: string;

  @Field(() => DateScalar, { description: 'The planned last day, after startsOn.' })
  endsOn: string;

  @Field(() => ID, { nullable: true, description: 'The practice educator students on this offer get unless a placement names another.' })
  practiceEducatorId?: string | null;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class PlacementOfferUpdateInput {
  @Field(() => ID, { description: 'The offer to change; you must administer its council.' })
  id: string;

  @Field(() => Int, { nullable: true, description: 'Never below the students already allocated.' })
  capacity?: number | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A new default practice educator: on the partnership’s register, of the offer’s council, stage 2 for a final placement; null clears it.',
  })
  practiceEducatorId?: string | null;
}
