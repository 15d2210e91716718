import { Field, ID, InputType, Int } from 'type-graphql';
import { AcademicYearScalar, DateScalar } from '../../../../shared/scalars';
import { PepsStage, PlacementLevel, PlacementSetting } from './enums';

@InputType()
export class PlacementOfferCreateInput {
  @Field(() => ID, { description: 'The partnership whose students the places are for.' })
  partnershipId: string;

  @Field(() => ID)
  councilId: string;

  @Field(() => ID, { nullable: true, description: 'The host team, in the councils subgraph.' })
  teamId?: string | null;

  @Field(() => AcademicYearScalar)
  academicYear: string;

  @Field(() => PlacementSetting)
  setting: PlacementSetting;

  @Field(() => PlacementLevel)
  level: PlacementLevel;

  @Field(() => Int, { description: '1 to 20 students at once.' })
  capacity: number;

  @Field(() => DateScalar)
  startsOn: string;

  @Field(() => DateScalar)
  endsOn: string;

  @Field(() => ID, { nullable: true, description: 'The practice educator students on this offer get unless a placement names another.' })
  practiceEducatorId?: string | null;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class PlacementOfferUpdateInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'Never below the students already allocated.' })
  capacity?: number | null;

  @Field(() => ID, { nullable: true })
  practiceEducatorId?: string | null;
}

@InputType()
export class PlacementCommitmentSetInput {
  @Field(() => ID)
  partnershipId: string;

  @Field(() => ID)
  councilId: string;

  @Field(() => AcademicYearScalar)
  academicYear: string;

  @Field(() => Int, { description: '0 to 500 statutory places.' })
  statutoryPlaces: number;
}

@InputType({ description: 'Settings left out stay as they are.' })
export class PlacementSettingsUpdateInput {
  @Field(() => ID)
  partnershipId: string;

  @Field(() => Int, { nullable: true, description: '1 or 2.' })
  statutoryPlacementsRequired?: number | null;

  @Field(() => Int, { nullable: true, description: '2 to 5 years.' })
  stageTwoMinYearsQualified?: number | null;
}

@InputType()
export class PracticeEducatorRegisterInput {
  @Field(() => ID)
  partnershipId: string;

  @Field(() => ID)
  practitionerId: string;

  @Field(() => ID, { description: 'The council that employs the practitioner; you must administer it.' })
  councilId: string;

  @Field(() => PepsStage)
  stage: PepsStage;

  @Field(() => DateScalar)
  qualifiedOn: string;

  @Field(() => DateScalar)
  approvedOn: string;
}

@InputType({ description: 'A new approval, e.g. moving from stage 1 to stage 2.' })
export class PracticeEducatorApproveInput {
  @Field(() => ID)
  id: string;

  @Field(() => PepsStage)
  stage: PepsStage;

  @Field(() => DateScalar)
  approvedOn: string;
}
