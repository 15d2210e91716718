/** The payloads of this subgraph's mutations. */
import { PayloadType } from '#hub/shared/payload';
import { PlacementCommitment } from '../entities/placement-commitment.entity';
import { PlacementOffer } from '../entities/placement-offer.entity';
import { PlacementSettings } from '../entities/placement-settings.entity';
import { Placement } from '../entities/placement.entity';
import { PracticeEducator } from '../entities/practice-educator.entity';
import { QaplReview } from '../entities/qapl-review.entity';
import { PracticeDays } from './figures';

export const PlacementOfferPayload = PayloadType(PlacementOffer, 'placementOffer', 'PlacementOfferPayload');
export const PlacementCommitmentPayload = PayloadType(PlacementCommitment, 'placementCommitment', 'PlacementCommitmentPayload');
export const PlacementSettingsPayload = PayloadType(PlacementSettings, 'placementSettings', 'PlacementSettingsPayload');
export const PlacementPayload = PayloadType(Placement, 'placement', 'PlacementPayload');
export const PracticeEducatorPayload = PayloadType(PracticeEducator, 'practiceEducator', 'PracticeEducatorPayload');
export const QaplReviewPayload = PayloadType(QaplReview, 'qaplReview', 'QaplReviewPayload');
export const PracticeDaysPayload = PayloadType(PracticeDays, 'practiceDays', 'PracticeDaysPayload');
