/**
 * When a person's teaching records may be erased. A session still to come that names them as a
 * facilitator or attendee would be left naming nobody, so they come off it first; a student's
 * record is needed while they are on the programme.
 */
import { UserErrors, type UserError } from '#hub/shared/errors';
import { StudentStatus } from '../types/enums';
import type { UserErrorCode } from '#hub/shared/user-error-codes';

export interface SessionTiming {
  readonly id: string;
  readonly startsAt: Date;
  readonly cancelledAt: Date | null;
}

const ENROLLED = [StudentStatus.STUDYING, StudentStatus.INTERRUPTED];

/** The longest a student number may be; an erased student's number must fit it. */
const STUDENT_NUMBER_LENGTH = 20;

function upcomingSessionIds(sessions: readonly SessionTiming[], now: Date): string[] {
  return sessions.filter((session) => session.cancelledAt === null && session.startsAt > now).map((session) => session.id);
}

function checkUpcoming(
  errors: UserErrors,
  field: string,
  code: UserErrorCode,
  sessions: readonly SessionTiming[],
  now: Date,
  remedy: string,
): void {
  const upcoming = upcomingSessionIds(sessions, now);
  if (upcoming.length > 0) {
    errors.add(field, code, `${upcoming.length} session(s) still to come name them: ${upcoming.join(', ')}. ${remedy}`);
  }
}

export function practitionerErasureRefusals(sessions: readonly SessionTiming[], now: Date): UserError[] {
  const errors = new UserErrors();
  checkUpcoming(
    errors,
    'practitionerId',
    'PRACTITIONER_HAS_UPCOMING_SESSIONS',
    sessions,
    now,
    'Take them off as facilitator (teachingSessionUpdate) or attendee (teachingSessionRemoveAttendance) first.',
  );
  return errors.list;
}

export function studentErasureRefusals(student: { status: StudentStatus }, sessions: readonly SessionTiming[], now: Date): UserError[] {
  const errors = new UserErrors();
  if (ENROLLED.includes(student.status)) {
    errors.add(
      'studentId',
      'STUDENT_STILL_ENROLLED',
      `The student is ${student.status}; their record is needed until they have QUALIFIED or WITHDRAWN (studentUpdate).`,
    );
  }
  checkUpcoming(errors, 'studentId', 'STUDENT_HAS_UPCOMING_SESSIONS', sessions, now, 'Remove their attendance first.');
  return errors.list;
}

/** A student number for an erased student: unique, and saying what it is rather than whose it was. */
export function erasedStudentNumber(anonymousId: string): string {
  const prefix = 'ERASED-';
  return (
    prefix +
    anonymousId
      .replace(/-/g, '')
      .slice(0, STUDENT_NUMBER_LENGTH - prefix.length)
      .toUpperCase()
  );
}
