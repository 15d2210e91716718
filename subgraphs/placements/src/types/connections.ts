/** Connection types for the paginated lists of this subgraph. */
import { ConnectionType } from '#hub/shared/pagination';
import { PlacementOffer } from '../entities/placement-offer.entity';
import { Placement } from '../entities/placement.entity';
import { StudentPracticeDays } from './figures';

export const PlacementOfferConnection = ConnectionType(PlacementOffer, 'PlacementOffer');
export const PlacementConnection = ConnectionType(Placement, 'Placement');
export const StudentPracticeDaysConnection = ConnectionType(StudentPracticeDays, 'StudentPracticeDays');
