/**
 * Why a placement needs a partnership's attention: a midpoint review with concerns on a placement
 * still running, a placement that ended early, or a finished placement whose QAPL review the host
 * council has not completed or the university not scrutinised. A placement can need it for more
 * than one reason; it is listed once for each.
 */
import type { IsoDate } from '#hub/shared/iso-date';
import { MidpointOutcome, PlacementStatus } from '../types/enums';
import { LIVE } from './student-placements';

export enum PlacementConcern {
  CONCERNS_AT_MIDPOINT = 'CONCERNS_AT_MIDPOINT',
  ENDED_EARLY = 'ENDED_EARLY',
  QAPL_NOT_COMPLETED = 'QAPL_NOT_COMPLETED',
  QAPL_NOT_SCRUTINISED = 'QAPL_NOT_SCRUTINISED',
}

export interface FollowUpFacts {
  readonly status: PlacementStatus;
  readonly midpointOutcome: MidpointOutcome | null;
  readonly midpointReviewedOn: IsoDate | null;
  readonly endedOn: IsoDate | null;
  readonly qapl: { readonly completedOn: IsoDate; readonly scrutinisedOn: IsoDate | null } | null;
}

export interface Concern {
  readonly concern: PlacementConcern;
  /** The day it arose: the midpoint review, the early end, the placement's end, the QAPL review's completion. */
  readonly since: IsoDate;
}

const FINISHED = [PlacementStatus.COMPLETED, PlacementStatus.ENDED_EARLY];

export function placementConcerns(placement: FollowUpFacts): Concern[] {
  const concerns: Concern[] = [];
  if (LIVE.includes(placement.status) && placement.midpointOutcome === MidpointOutcome.CONCERNS && placement.midpointReviewedOn) {
    concerns.push({ concern: PlacementConcern.CONCERNS_AT_MIDPOINT, since: placement.midpointReviewedOn });
  }
  if (placement.status === PlacementStatus.ENDED_EARLY && placement.endedOn) {
    concerns.push({ concern: PlacementConcern.ENDED_EARLY, since: placement.endedOn });
  }
  if (FINISHED.includes(placement.status) && placement.endedOn) {
    if (!placement.qapl) concerns.push({ concern: PlacementConcern.QAPL_NOT_COMPLETED, since: placement.endedOn });
    else if (!placement.qapl.scrutinisedOn) {
      concerns.push({ concern: PlacementConcern.QAPL_NOT_SCRUTINISED, since: placement.qapl.completedOn });
    }
  }
  return concerns;
}
