/**
 * The shadowing visit state machine: the university requests; the host council approves or
 * declines; the lecturer or university records completion once the day has come; either side
 * may cancel a requested or approved visit until its day has passed.
 */
import type { IsoDate } from '#hub/shared/iso-date';
import { ShadowingStatus } from '../types/enums';
import type { UserErrorCode } from '#hub/shared/user-error-codes';

export enum ShadowingAction {
  APPROVE = 'APPROVE',
  DECLINE = 'DECLINE',
  COMPLETE = 'COMPLETE',
  CANCEL = 'CANCEL',
}

const TRANSITIONS: Record<ShadowingAction, { from: readonly ShadowingStatus[]; to: ShadowingStatus; verb: string }> = {
  [ShadowingAction.APPROVE]: { from: [ShadowingStatus.REQUESTED], to: ShadowingStatus.APPROVED, verb: 'approved' },
  [ShadowingAction.DECLINE]: { from: [ShadowingStatus.REQUESTED], to: ShadowingStatus.DECLINED, verb: 'declined' },
  [ShadowingAction.COMPLETE]: { from: [ShadowingStatus.APPROVED], to: ShadowingStatus.COMPLETED, verb: 'completed' },
  [ShadowingAction.CANCEL]: {
    from: [ShadowingStatus.REQUESTED, ShadowingStatus.APPROVED],
    to: ShadowingStatus.CANCELLED,
    verb: 'cancelled',
  },
};

export interface TransitionRefusal {
  readonly code: UserErrorCode;
  readonly message: string;
}

export interface VisitState {
  readonly status: ShadowingStatus;
  readonly visitOn: IsoDate;
}

/** The status an action leads to, or why it may not happen now. */
export function planShadowingTransition(
  visit: VisitState,
  action: ShadowingAction,
  today: IsoDate,
): { ok: true; to: ShadowingStatus } | { ok: false; refusal: TransitionRefusal } {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(visit.status)) {
    const allowed = transition.from.join(' or ');
    return refuse('SHADOWING_TRANSITION_NOT_ALLOWED', `This visit is ${visit.status}; only ${allowed} visits can be ${transition.verb}.`);
  }
  if (action === ShadowingAction.APPROVE && visit.visitOn < today) {
    return refuse('SHADOWING_VISIT_DATE_PASSED', `The visit was due on ${visit.visitOn}, which has passed; it can no longer be approved.`);
  }
  if (action === ShadowingAction.COMPLETE && visit.visitOn > today) {
    return refuse('SHADOWING_VISIT_NOT_YET_DUE', `The visit is on ${visit.visitOn}; it can be completed from that day.`);
  }
  if (action === ShadowingAction.CANCEL && visit.visitOn < today) {
    return refuse('SHADOWING_VISIT_DATE_PASSED', `The visit was due on ${visit.visitOn}, which has passed; it can no longer be cancelled.`);
  }
  return { ok: true, to: transition.to };
}

function refuse(code: UserErrorCode, message: string) {
  return { ok: false as const, refusal: { code, message } };
}
