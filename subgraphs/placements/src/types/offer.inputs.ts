import { Field, ID, InputType, Int } from 'type-graphql';
import { AcademicYearScalar, DateScalar } from '#hub/shared/scalars';
import { PepsStage, PlacementLevel, PlacementSetting } from './enums';

@InputType({ description: 'A new offer of placements from a council to a partnership’s students.' })
export class PlacementOfferCreateInput {
  @Field(() => ID, { description: 'The partnership whose students the places are for.' })
  partnershipId: string;

  @Field(() => ID, { description: 'The host council; you must administer it.' })
  councilId: string;

  @Field(() => ID, { nullable: true, description: 'The host team, in the councils subgraph.' })
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
    description: 'A new default practice educator: on the partnership’s register, of the offer’s council, stage 2 for a final placement.',
  })
  practiceEducatorId?: string | null;
}

@InputType({ description: 'The statutory places a council promises a partnership for a year; replaces any earlier promise.' })
export class PlacementCommitmentSetInput {
  @Field(() => ID, { description: 'The partnership promised the places.' })
  partnershipId: string;

  @Field(() => ID, { description: 'The council promising them.' })
  councilId: string;

  @Field(() => AcademicYearScalar, { description: 'The academic year the promise is for.' })
  academicYear: string;

  @Field(() => Int, { description: '0 to 500 statutory places.' })
  statutoryPlaces: number;
}

@InputType({ description: 'Settings left out stay as they are.' })
export class PlacementSettingsUpdateInput {
  @Field(() => ID, { description: 'The partnership whose rules change; you must administer it.' })
  partnershipId: string;

  @Field(() => Int, { nullable: true, description: '1 or 2.' })
  statutoryPlacementsRequired?: number | null;

  @Field(() => Int, { nullable: true, description: '2 to 5 years.' })
  stageTwoMinYearsQualified?: number | null;
}

@InputType({ description: 'A practitioner to put on a partnership’s register of practice educators.' })
export class PracticeEducatorRegisterInput {
  @Field(() => ID, { description: 'The partnership whose register they join; once per partnership.' })
  partnershipId: string;

  @Field(() => ID, { description: 'The practitioner, in the councils subgraph.' })
  practitionerId: string;

  @Field(() => ID, { description: 'The council that employs the practitioner; you must administer it.' })
  councilId: string;

  @Field(() => PepsStage, { description: 'The PEPS stage they are approved at.' })
  stage: PepsStage;

  @Field(() => DateScalar, { description: 'When they qualified as a social worker.' })
  qualifiedOn: string;

  @Field(() => DateScalar, {
    description: 'When approved at this stage: not after today; 2 whole years after qualifying, or for stage 2 the partnership’s minimum.',
  })
  approvedOn: string;
}

@InputType({ description: 'A new approval, e.g. moving from stage 1 to stage 2.' })
export class PracticeEducatorApproveInput {
  @Field(() => ID, { description: 'The practice educator’s registration; you must administer their council.' })
  id: string;

  @Field(() => PepsStage, { description: 'The stage now approved; a stage 2 educator is not approved back to stage 1.' })
  stage: PepsStage;

  @Field(() => DateScalar, {
    description: 'When: not after today, and enough whole years after qualifying for the stage under the partnership’s rules.',
  })
  approvedOn: string;
}
