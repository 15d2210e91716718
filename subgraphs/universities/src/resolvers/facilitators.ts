/**
 * Who may stand at the front of a session: lecturers of the session's own university, and
 * council practitioners named with their council. Checks the lists a mutation was given.
 */
import type { EntityManager } from 'typeorm';
import type { UserErrors } from '#hub/shared/errors';
import { isUuid } from '#hub/shared/input-checks';
import type { UniversitiesContext } from '../context';
import { Lecturer } from '../entities/lecturer.entity';
import { SessionFacilitator } from '../entities/session-facilitator.entity';
import type { PractitionerAtCouncilInput } from '../types/teaching-session.inputs';

/** Most lecturers or practitioners one session may name as facilitators. */
export const MAX_FACILITATORS = 20;

export interface FacilitatorLists {
  readonly lecturerIds: string[];
  readonly practitioners: PractitionerPlace[];
}

export async function checkFacilitators(
  universityId: string,
  lecturerIds: readonly string[],
  practitioners: readonly PractitionerAtCouncilInput[],
  context: UniversitiesContext,
  errors: UserErrors,
): Promise<FacilitatorLists> {
  const { loaders } = context;
  const uniqueLecturerIds = [...new Set(lecturerIds)];
  if (uniqueLecturerIds.length > MAX_FACILITATORS) {
    errors.add(
      'lecturerIds',
      'TOO_MANY',
      `A session has at most ${MAX_FACILITATORS} lecturers facilitating; got ${uniqueLecturerIds.length}.`,
    );
    return { lecturerIds: [], practitioners: [] };
  }
  const lecturers = await loaders.lecturerById.loadMany(uniqueLecturerIds);
  lecturers.forEach((lecturer, index) => {
    if (!(lecturer instanceof Lecturer)) errors.add('lecturerIds', 'NOT_FOUND', `No lecturer has id ${uniqueLecturerIds[index]}.`);
    else if (lecturer.universityId !== universityId) {
      errors.add('lecturerIds', 'LECTURER_OF_OTHER_UNIVERSITY', `Lecturer ${lecturer.id} works for another university.`);
    }
  });
  return {
    lecturerIds: uniqueLecturerIds,
    practitioners: await checkPractitionerPlaces(practitioners, 'practitioners', MAX_FACILITATORS, context, errors),
  };
}

/**
 * Practitioners named with their council: both ids must be UUIDs, a practitioner named twice
 * counts once, and a practitioner keeps the council they were first recorded with (the councils
 * subgraph never moves a practitioner record to another council).
 */
export async function checkPractitionerPlaces(
  practitioners: readonly PractitionerAtCouncilInput[],
  field: string,
  maxCount: number,
  { loaders }: UniversitiesContext,
  errors: UserErrors,
): Promise<PractitionerPlace[]> {
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
  const places = [...byPractitioner.values()];
  const recorded = await loaders.recordedCouncilByPractitioner.loadMany(places.map((place) => place.practitionerId));
  places.forEach((place, index) => {
    const councilId = recorded[index];
    if (typeof councilId === 'string' && councilId !== place.councilId) {
      errors.add(
        field,
        'PRACTITIONER_COUNCIL_MISMATCH',
        `Practitioner ${place.practitionerId} is recorded here with council ${councilId}, not ${place.councilId}.`,
      );
    }
  });
  return places;
}

export interface PractitionerPlace {
  readonly practitionerId: string;
  readonly councilId: string;
}

/** Replaces a session's facilitators with the lists given. */
export async function writeFacilitators(manager: EntityManager, sessionId: string, lists: FacilitatorLists): Promise<void> {
  await manager.delete(SessionFacilitator, { sessionId });
  const rows = [
    ...lists.lecturerIds.map((lecturerId) => ({ sessionId, lecturerId, practitionerId: null, councilId: null })),
    ...lists.practitioners.map((place) => ({ sessionId, lecturerId: null, ...place })),
  ];
  if (rows.length > 0) await manager.insert(SessionFacilitator, rows);
}
