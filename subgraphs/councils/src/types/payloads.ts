/** The payloads of this subgraph's mutations. */
import { PayloadType } from '#hub/shared/payload';
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
