/**
 * Checks on a teaching session's own fields, each reported against the field it concerns; the
 * academic year a session counts in; and that a cancelled session is final.
 */
import { academicYearOf, type AcademicYear } from '#hub/shared/academic-year';
import { dateInEngland } from '#hub/shared/clock';
import type { UserErrors } from '#hub/shared/errors';
import { checkText } from '#hub/shared/input-checks';

export const MIN_DURATION_MINUTES = 15;
export const MAX_DURATION_MINUTES = 480;
export const MAX_CAPACITY = 500;

export interface TeachingSessionFields {
  readonly title?: string | null;
  readonly topic?: string | null;
  readonly place?: string | null;
  readonly startsAt?: Date | null;
  readonly durationMinutes?: number | null;
  readonly capacity?: number | null;
}

/** The given fields cleaned (texts trimmed); fields not given stay undefined. */
export function checkTeachingSessionFields(input: TeachingSessionFields, errors: UserErrors) {
  const text = (field: 'title' | 'topic' | 'place') => (input[field] == null ? undefined : checkText(errors, field, input[field]!, 160));
  const cleaned = { title: text('title'), topic: text('topic'), place: text('place') };
  checkWholeNumber(errors, 'durationMinutes', input.durationMinutes, MIN_DURATION_MINUTES, MAX_DURATION_MINUTES);
  checkWholeNumber(errors, 'capacity', input.capacity, 1, MAX_CAPACITY);
  const year = input.startsAt?.getUTCFullYear();
  if (year !== undefined && (year < 2000 || year > 2100)) {
    errors.add('startsAt', 'OUT_OF_RANGE', `startsAt must fall between the years 2000 and 2100; got ${input.startsAt!.toISOString()}.`);
  }
  return cleaned;
}

function checkWholeNumber(errors: UserErrors, field: string, value: number | null | undefined, min: number, max: number): void {
  if (value != null && (!Number.isInteger(value) || value < min || value > max)) {
    errors.add(field, 'OUT_OF_RANGE', `${field} must be a whole number from ${min} to ${max}; got ${value}.`);
  }
}

/** A session counts in the academic year of its date in England, as the figures' date ranges do. */
export function sessionAcademicYear(startsAt: Date): AcademicYear {
  return academicYearOf(dateInEngland(startsAt));
}

/** What may be asked of a session, each refused in its own words once the session is cancelled. */
export type SessionChange = 'update' | 'cancel' | 'recordAttendance';

const CANCELLED_REFUSALS: Record<SessionChange, string> = {
  update: 'This session was cancelled; it can no longer change.',
  cancel: 'This session is cancelled already.',
  recordAttendance: 'This session was cancelled.',
};

/** Why the change may not happen, or null when it may: a cancelled session is final. */
export function cancelledSessionRefusal(session: { readonly cancelledAt: Date | null }, change: SessionChange): string | null {
  return session.cancelledAt ? CANCELLED_REFUSALS[change] : null;
}
