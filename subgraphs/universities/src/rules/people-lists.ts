/**
 * The lists of people a session mutation names: each list has a most, a person named twice counts
 * once, ids are UUIDs, a practitioner is named with one council only, and a facilitator does not
 * also attend. Whether they exist and where they work is for the services to look up.
 */
import type { UserErrors } from '#hub/shared/errors';
import { isUuid } from '#hub/shared/input-checks';
import { MAX_CAPACITY } from './teaching-session-rules';

/** Most lecturers or practitioners one session may name as facilitators. */
export const MAX_FACILITATORS = 20;

export interface PractitionerPlace {
  readonly practitionerId: string;
  readonly councilId: string;
}

/** The lecturers named to facilitate, each once; null when there are more than a session may name. */
export function checkFacilitatingLecturers(lecturerIds: readonly string[], errors: UserErrors): string[] | null {
  const uniqueIds = [...new Set(lecturerIds)];
  if (uniqueIds.length > MAX_FACILITATORS) {
    errors.add('lecturerIds', 'TOO_MANY', `A session has at most ${MAX_FACILITATORS} lecturers facilitating; got ${uniqueIds.length}.`);
    return null;
  }
  return uniqueIds;
}

/** The students named as attending, each once; null when there are more than a session takes. */
export function checkAttendingStudentList(studentIds: readonly string[], errors: UserErrors): string[] | null {
  const uniqueIds = [...new Set(studentIds)];
  if (uniqueIds.length > MAX_CAPACITY) {
    errors.add('studentIds', 'TOO_MANY', `At most ${MAX_CAPACITY} students at once; got ${uniqueIds.length}.`);
    return null;
  }
  return uniqueIds;
}

/** Practitioners named with their council, each once; none when there are more than `maxCount`. */
export function checkPractitionerList(
  practitioners: readonly PractitionerPlace[],
  field: string,
  maxCount: number,
  errors: UserErrors,
): PractitionerPlace[] {
  if (practitioners.length > maxCount) {
    errors.add(field, 'TOO_MANY', `At most ${maxCount} practitioners at once; got ${practitioners.length}.`);
    return [];
  }
  const byPractitioner = new Map<string, PractitionerPlace>();
  for (const { practitionerId, councilId } of practitioners) {
    if (!isUuid(practitionerId) || !isUuid(councilId)) {
      errors.add(field, 'INVALID_ID', `Practitioner and council ids are UUIDs; got "${practitionerId}" at "${councilId}".`);
    } else if ((byPractitioner.get(practitionerId)?.councilId ?? councilId) !== councilId) {
      errors.add(field, 'PRACTITIONER_IN_TWO_COUNCILS', `Practitioner ${practitionerId} is named with two different councils.`);
    } else {
      byPractitioner.set(practitionerId, { practitionerId, councilId });
    }
  }
  return [...byPractitioner.values()];
}

/** A practitioner who facilitates a session does not also attend it. */
export function checkNotFacilitating(
  practitioners: readonly PractitionerPlace[],
  facilitators: readonly { readonly practitionerId: string | null }[],
  errors: UserErrors,
): void {
  const facilitating = new Set(facilitators.map((row) => row.practitionerId));
  for (const place of practitioners.filter((candidate) => facilitating.has(candidate.practitionerId))) {
    errors.add('practitioners', 'PRACTITIONER_IS_FACILITATOR', `Practitioner ${place.practitionerId} facilitates this session.`);
  }
}
