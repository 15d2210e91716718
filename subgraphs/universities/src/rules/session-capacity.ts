/**
 * A teaching session's places: students and practitioners share one capacity, anyone recorded
 * already is left as they are, newcomers fit only into the places left, and the capacity never
 * goes below the attendees recorded already.
 */
import type { UserErrors } from '#hub/shared/errors';

export interface CapacityCheck {
  readonly fits: boolean;
  readonly placesLeft: number;
}

export function checkCapacity(capacity: number, attending: number, newcomers: number): CapacityCheck {
  const placesLeft = Math.max(0, capacity - attending);
  return { fits: newcomers <= placesLeft, placesLeft };
}

/** A new capacity for a session that has `attending` attendees recorded. */
export function checkCapacityChange(errors: UserErrors, capacity: number, attending: number): void {
  if (capacity < attending) {
    errors.add('capacity', 'CAPACITY_BELOW_ATTENDANCE', `${attending} attendees are recorded already; capacity cannot go below that.`);
  }
}

/** Someone recorded as attending: a student or a practitioner. */
export interface RecordedAttendee {
  readonly studentId: string | null;
  readonly practitionerId: string | null;
}

export interface Newcomers<P> {
  readonly students: string[];
  readonly practitioners: P[];
}

/** The attendees given who are not recorded yet. */
export function newcomersAmong<P extends { readonly practitionerId: string }>(
  present: readonly RecordedAttendee[],
  studentIds: readonly string[],
  practitioners: readonly P[],
): Newcomers<P> {
  return {
    students: studentIds.filter((id) => !present.some((row) => row.studentId === id)),
    practitioners: practitioners.filter((place) => !present.some((row) => row.practitionerId === place.practitionerId)),
  };
}

/** Refuses newcomers beyond the places left, against the students when there are any among them. */
export function checkNewcomersFit(errors: UserErrors, capacity: number, attending: number, newcomers: Newcomers<unknown>): void {
  const count = newcomers.students.length + newcomers.practitioners.length;
  const { fits, placesLeft } = checkCapacity(capacity, attending, count);
  if (!fits) {
    const field = newcomers.students.length > 0 ? 'studentIds' : 'practitioners';
    errors.add(
      field,
      'TEACHING_SESSION_FULL',
      `The session has ${placesLeft} of ${capacity} places left; ${count} new attendees were given.`,
    );
  }
}
