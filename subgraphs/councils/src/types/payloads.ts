/** The payloads of this subgraph's mutations. */
import { Field, ObjectType } from 'type-graphql';
import { UserError } from '#hub/shared/errors';
import { PayloadType } from '#hub/shared/payload';
import { MembershipStatus } from '../../../membership-consent';
import { Council } from '../entities/council.entity';
import { Partnership } from '../entities/partnership.entity';
import { Practitioner } from '../entities/practitioner.entity';
import { Team } from '../entities/team.entity';
import { WorkforceSnapshot } from '../entities/workforce-snapshot.entity';

export const CouncilPayload = PayloadType(Council, 'council', 'CouncilPayload');
export const TeamPayload = PayloadType(Team, 'team', 'TeamPayload');
export const PractitionerPayload = PayloadType(Practitioner, 'practitioner', 'PractitionerPayload');
export const PartnershipPayload = PayloadType(Partnership, 'partnership', 'PartnershipPayload');
export const WorkforceSnapshotPayload = PayloadType(WorkforceSnapshot, 'workforceSnapshot', 'WorkforceSnapshotPayload');

@ObjectType({
  description: 'What partnershipAddCouncil or partnershipRemoveCouncil wrote: where the council now stands, or why it was refused.',
})
export class PartnershipCouncilPayload {
  @Field(() => Partnership, { nullable: true, description: 'The partnership; null when userErrors is not empty.' })
  partnership: Partnership | null;

  @Field(() => MembershipStatus, {
    nullable: true,
    description: 'Where the council stands with the partnership now; null when userErrors is not empty.',
  })
  status: MembershipStatus | null;

  @Field(() => [UserError], { description: 'Why the input was refused, every problem at once; empty when it was written.' })
  userErrors: UserError[];
}
