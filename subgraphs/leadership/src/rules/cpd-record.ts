/**
 * What a piece of CPD may record: its hours, kept to one decimal place, from 0.1 to 200; and the
 * teaching session it came from, if any: one the practitioner could have attended, held (not
 * cancelled) by a university in a partnership with their council, no later than the CPD's day.
 */
import type { UserErrors } from '#hub/shared/errors';
import type { IsoDate } from '#hub/shared/iso-date';
import { sharesPartnership } from './shared-partnership';

export const MAX_CPD_HOURS = 200;

/** A teaching session as the universities register shows it. */
export interface TeachingSessionFacts {
  readonly heldOn: IsoDate;
  readonly cancelled: boolean;
  readonly universityPartnershipIds: readonly string[];
}

/** The hours as they will be stored, checked as stored: 0.04 rounds to 0 and is refused. */
export function checkCpdHours(errors: UserErrors, hours: number): number {
  const stored = Math.round(hours * 10) / 10;
  if (!Number.isFinite(stored) || stored <= 0 || stored > MAX_CPD_HOURS) {
    errors.add('hours', 'OUT_OF_RANGE', `hours must be from 0.1 to ${MAX_CPD_HOURS}, to one decimal place; got ${hours}.`);
  }
  return stored;
}

/**
 * Why the CPD may not name the session. A session on no register and one of a university the
 * council does not work with get the same refusal: neither is one its practitioners could attend.
 */
export function checkCpdTeachingSession(
  errors: UserErrors,
  sessionId: string,
  session: TeachingSessionFacts | null,
  councilPartnershipIds: readonly string[],
  completedOn: IsoDate,
): void {
  if (!session || !sharesPartnership(session.universityPartnershipIds, councilPartnershipIds)) {
    errors.add(
      'teachingSessionId',
      'NOT_FOUND',
      `No teaching session ${sessionId} of a university in a partnership with the practitioner’s council is on the universities register.`,
    );
  } else if (session.cancelled) {
    errors.add('teachingSessionId', 'TEACHING_SESSION_CANCELLED', 'The session was cancelled, so no CPD came from it.');
  } else if (session.heldOn > completedOn) {
    errors.add('teachingSessionId', 'DATE_ORDER', `The session is on ${session.heldOn}, after completedOn (${completedOn}).`);
  }
}
