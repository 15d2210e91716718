/** The inputs of the practice educator register's mutations. */
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '#hub/shared/scalars';
import { PepsStage } from './enums';

@InputType({ description: 'A practitioner to put on a partnership’s register of practice educators.' })
export class PracticeEducatorRegisterInput {
  @Field(() => ID, {
    description: 'The partnership whose register they join, once; the council must be its member on the councils subgraph’s register.',
  })
  partnershipId: string;

  @Field(() => ID, { description: 'One of the council’s practitioners on the councils subgraph’s register.' })
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
