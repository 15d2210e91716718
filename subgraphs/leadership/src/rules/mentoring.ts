/**
 * Mentoring: a lecturer mentors the staff of councils their university works with, in a
 * partnership with the mentee's council. A session lasts 5 to 480 minutes and is held while the
 * relationship runs, from its first day to its last. A relationship ends once, not before it began,
 * and not before a session already logged.
 */
import type { UserErrors } from '#hub/shared/errors';
import type { IsoDate } from '#hub/shared/iso-date';
import { sharesPartnership } from './shared-partnership';

export const MIN_SESSION_MINUTES = 5;
export const MAX_SESSION_MINUTES = 480;

interface RelationshipDates {
  readonly startedOn: IsoDate;
  readonly endedOn: IsoDate | null;
}

/**
 * A lecturer mentor must be on the universities register (`universityPartnershipIds` null when not)
 * and of a university in a partnership with the mentee's council; either miss gets one refusal.
 */
export function checkMentorLecturer(
  errors: UserErrors,
  lecturerId: string,
  universityPartnershipIds: readonly string[] | null,
  menteeCouncilPartnershipIds: readonly string[],
): void {
  if (!universityPartnershipIds || !sharesPartnership(universityPartnershipIds, menteeCouncilPartnershipIds)) {
    errors.add(
      'mentorLecturerId',
      'LECTURER_NOT_FOUND',
      `No lecturer ${lecturerId} of a university in a partnership with the mentee’s council is on the universities register.`,
    );
  }
}

export function checkSessionMinutes(errors: UserErrors, minutes: number): void {
  if (!Number.isInteger(minutes) || minutes < MIN_SESSION_MINUTES || minutes > MAX_SESSION_MINUTES) {
    errors.add('minutes', 'OUT_OF_RANGE', `minutes must be from ${MIN_SESSION_MINUTES} to ${MAX_SESSION_MINUTES}; got ${minutes}.`);
  }
}

export function isWhileRunning(relationship: RelationshipDates, heldOn: IsoDate): boolean {
  return heldOn >= relationship.startedOn && (!relationship.endedOn || heldOn <= relationship.endedOn);
}

/** Why the relationship may not end on `on`, given how many of its sessions are logged after that day. */
export function checkMentoringEnd(errors: UserErrors, relationship: RelationshipDates, on: IsoDate, sessionsAfter: number): void {
  if (relationship.endedOn) errors.add('id', 'MENTORING_ENDED', `This mentoring ended on ${relationship.endedOn}.`);
  if (on < relationship.startedOn) errors.add('on', 'DATE_ORDER', `It began on ${relationship.startedOn}.`);
  if (sessionsAfter > 0) errors.add('on', 'SESSIONS_AFTER_END', `${sessionsAfter} session(s) are logged after ${on}.`);
}
