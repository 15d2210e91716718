/**
 * The placement lifecycle: PROPOSED (the university allocates a student) → CONFIRMED (the host
 * council accepts) → ACTIVE (it starts, once the learning agreement is signed) → COMPLETED (with
 * the final outcome), or ENDED_EARLY from ACTIVE, or CANCELLED before it starts.
 */
import type { IsoDate } from '#hub/shared/iso-date';
import { FinalOutcome, PlacementStatus } from '../types/enums';
import type { UserErrorCode } from '#hub/shared/user-error-codes';

export enum PlacementAction {
  CONFIRM = 'CONFIRM',
  START = 'START',
  COMPLETE = 'COMPLETE',
  END_EARLY = 'END_EARLY',
  CANCEL = 'CANCEL',
  RECORD_PROGRESS = 'RECORD_PROGRESS',
  RECORD_AGREEMENT = 'RECORD_AGREEMENT',
}

const TRANSITIONS: Record<PlacementAction, { from: readonly PlacementStatus[]; to: PlacementStatus | null; verb: string }> = {
  [PlacementAction.CONFIRM]: { from: [PlacementStatus.PROPOSED], to: PlacementStatus.CONFIRMED, verb: 'confirmed' },
  [PlacementAction.START]: { from: [PlacementStatus.CONFIRMED], to: PlacementStatus.ACTIVE, verb: 'started' },
  [PlacementAction.COMPLETE]: { from: [PlacementStatus.ACTIVE], to: PlacementStatus.COMPLETED, verb: 'completed' },
  [PlacementAction.END_EARLY]: { from: [PlacementStatus.ACTIVE], to: PlacementStatus.ENDED_EARLY, verb: 'ended early' },
  [PlacementAction.CANCEL]: {
    from: [PlacementStatus.PROPOSED, PlacementStatus.CONFIRMED],
    to: PlacementStatus.CANCELLED,
    verb: 'cancelled',
  },
  // Days, missed days and the midpoint review are recorded while the placement runs; the status stays.
  [PlacementAction.RECORD_PROGRESS]: { from: [PlacementStatus.ACTIVE], to: null, verb: 'updated with days or reviews' },
  // The learning agreement is signed before the placement starts.
  [PlacementAction.RECORD_AGREEMENT]: {
    from: [PlacementStatus.PROPOSED, PlacementStatus.CONFIRMED],
    to: null,
    verb: 'given a learning agreement',
  },
};

export interface PlacementState {
  readonly status: PlacementStatus;
  readonly startsOn: IsoDate;
  readonly learningAgreementSignedOn: IsoDate | null;
  readonly practiceEducatorId: string | null;
  readonly daysCompleted: number;
  readonly requiredDays: number;
}

export interface PlacementRefusal {
  readonly field: string;
  readonly code: UserErrorCode;
  readonly message: string;
}

export type PlacementPlan = { ok: true; to: PlacementStatus } | { ok: false; refusal: PlacementRefusal };

/** The status an action leads to (the same status for progress), or why it may not happen now. */
export function planPlacementStep(
  placement: PlacementState,
  action: PlacementAction,
  today: IsoDate,
  finalOutcome?: FinalOutcome,
): PlacementPlan {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(placement.status)) {
    return refuse(
      'id',
      'PLACEMENT_TRANSITION_NOT_ALLOWED',
      `This placement is ${placement.status}; only ${transition.from.join(' or ')} placements can be ${transition.verb}.`,
    );
  }
  if (action === PlacementAction.START) {
    if (!placement.learningAgreementSignedOn) {
      return refuse('id', 'LEARNING_AGREEMENT_MISSING', 'The practice learning agreement must be signed before the placement starts.');
    }
    if (!placement.practiceEducatorId) {
      return refuse('id', 'PRACTICE_EDUCATOR_MISSING', 'A placement starts with a practice educator assigned; confirm it with one.');
    }
    if (today < placement.startsOn) return refuse('id', 'PLACEMENT_NOT_YET_DUE', `The placement starts on ${placement.startsOn}.`);
  }
  if (action === PlacementAction.COMPLETE && finalOutcome === FinalOutcome.PASS && placement.daysCompleted < placement.requiredDays) {
    return refuse(
      'finalOutcome',
      'PLACEMENT_DAYS_SHORT',
      `A pass needs ${placement.requiredDays} days of practice; ${placement.daysCompleted} are recorded.`,
    );
  }
  return { ok: true, to: transition.to ?? placement.status };
}

function refuse(field: string, code: UserErrorCode, message: string): PlacementPlan {
  return { ok: false, refusal: { field, code, message } };
}
