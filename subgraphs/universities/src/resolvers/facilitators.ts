/**
 * Who may stand at the front of a session: lecturers of the session's own university, and
 * council practitioners named with their council. Checks the lists a mutation was given.
 */
import type { EntityManager } from 'typeorm';
import type { UserErrors } from '../../../../shared/errors';
import { isUuid } from '../../../../shared/input-checks';
import type { UniversitiesContext } from '../context';
import { Lecturer } from '../entities/lecturer.entity';
import { SessionFacilitator } from '../entities/session-facilitator.entity';
import type { PractitionerAtCouncilInput } from '../types/teaching-session.inputs';

export interface FacilitatorLists {
  readonly lecturerIds: string[];
  readonly practitioners: { practitionerId: string; councilId: string }[];
}

export async function checkFacilitators(
  universityId: string,
  lecturerIds: readonly string[],
  practitioners: readonly PractitionerAtCouncilInput[],
  { loaders }: UniversitiesContext,
  errors: UserErrors,
): Promise<FacilitatorLists> {
  const uniqueLecturerIds = [...new Set(lecturerIds)];
  const lecturers = await loaders.lecturerById.loadMany(uniqueLecturerIds);
  lecturers.forEach((lecturer, index) => {
    if (!(lecturer instanceof Lecturer)) errors.add('lecturerIds', 'NOT_FOUND', `No lecturer has id ${uniqueLecturerIds[index]}.`);
    else if (lecturer.universityId !== universityId) {
      errors.add('lecturerIds', 'LECTURER_OF_OTHER_UNIVERSITY', `Lecturer ${lecturer.id} works for another university.`);
    }
  });
  return { lecturerIds: uniqueLecturerIds, practitioners: checkPractitionerPlaces(practitioners, 'practitioners', errors) };
}

/** Practitioners named with their council: both ids must be UUIDs; a practitioner named twice counts once. */
export function checkPractitionerPlaces(practitioners: readonly PractitionerAtCouncilInput[], field: string, errors: UserErrors) {
  const byPractitioner = new Map<string, { practitionerId: string; councilId: string }>();
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

/** Replaces a session's facilitators with the lists given. */
export async function writeFacilitators(manager: EntityManager, sessionId: string, lists: FacilitatorLists): Promise<void> {
  await manager.delete(SessionFacilitator, { sessionId });
  const rows = [
    ...lists.lecturerIds.map((lecturerId) => ({ sessionId, lecturerId, practitionerId: null, councilId: null })),
    ...lists.practitioners.map((place) => ({ sessionId, lecturerId: null, ...place })),
  ];
  if (rows.length > 0) await manager.insert(SessionFacilitator, rows);
}
