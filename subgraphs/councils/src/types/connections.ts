/** Connection types for the paginated lists of this subgraph. */
import { ConnectionType } from '#hub/shared/pagination';
import { Council } from '../entities/council.entity';
import { Partnership } from '../entities/partnership.entity';
import { Practitioner } from '../entities/practitioner.entity';
import { Team } from '../entities/team.entity';
import { WorkforceSnapshot } from '../entities/workforce-snapshot.entity';

export const CouncilConnection = ConnectionType(Council, 'Council');
export const TeamConnection = ConnectionType(Team, 'Team');
export const PractitionerConnection = ConnectionType(Practitioner, 'Practitioner');
export const PartnershipConnection = ConnectionType(Partnership, 'Partnership');
export const WorkforceSnapshotConnection = ConnectionType(WorkforceSnapshot, 'WorkforceSnapshot');
