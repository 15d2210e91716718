/**
 * Who may stand at the front of a session: lecturers of the session's own university, and
 * council practitioners named with their council. Checks the lists a mutation was given against
 * what is recorded here and on the councils subgraph's register, and writes them.
 */
import type { EntityManager } from 'typeorm';
import type { UserErrors } from '#hub/shared/errors';
import type { UniversitiesContext } from '../context';
import { Lecturer } from '../entities/lecturer.entity';
import { SessionFacilitator } from '../entities/session-facilitator.entity';
import { checkFacilitatingLecturers, checkPractitionerList, MAX_FACILITATORS, type PractitionerPlace } from '../rules/people-lists';
import type { PractitionerAtCouncilInput } from '../types/teaching-session.inputs';
import { checkPractitionerCouncils } from './practitioner-register';

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
  const uniqueLecturerIds = checkFacilitatingLecturers(lecturerIds, errors);
  if (!uniqueLecturerIds) return { lecturerIds: [], practitioners: [] };
  const lecturers = await loaders.lecturerById.loadMany(uniqueLecturerIds);
  lecturers.forEach((lecturer, index) => {
    if (!(lecturer instanceof Lecturer)) errors.add('lecturerIds', 'NOT_FOUND', `No lecturer has id ${uniqueLecturerIds[index]}.`);
    else if (lecturer.universityId !== universityId) {
      errors.add('lecturerIds', 'LECTURER_OF_OTHER_UNIVERSITY', `Lecturer ${lecturer.id} works for another university.`);
    }
  });
  return {
    lecturerIds: uniqueLecturerIds,
    practitioners: await checkFacilitatingPractitioners(universityId, practitioners, context, errors),
  };
}

/** Council practitioners named with their council, each once, as the register has them (services/practitioner-register). */
async function checkFacilitatingPractitioners(
  universityId: string,
  practitioners: readonly PractitionerAtCouncilInput[],
  context: UniversitiesContext,
  errors: UserErrors,
): Promise<PractitionerPlace[]> {
  const places = checkPractitionerList(practitioners, 'practitioners', MAX_FACILITATORS, errors);
  await checkPractitionerCouncils(places, 'practitioners', { universityId }, context, errors);
  return places;
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

/**
 * Replaces the lists a change names and keeps the other as recorded: a change that names only
 * lecturers leaves the practitioners facilitating, and the other way round; one naming neither
 * writes nothing.
 */
export async function updateFacilitators(
  manager: EntityManager,
  sessionId: string,
  given: { readonly lecturers: boolean; readonly practitioners: boolean },
  checked: FacilitatorLists,
): Promise<void> {
  if (!given.lecturers && !given.practitioners) return;
  const current = await manager.findBy(SessionFacilitator, { sessionId });
  await writeFacilitators(manager, sessionId, {
    lecturerIds: given.lecturers ? checked.lecturerIds : current.flatMap((row) => (row.lecturerId ? [row.lecturerId] : [])),
    practitioners: given.practitioners
      ? checked.practitioners
      : current.flatMap((row) => (row.practitionerId ? [{ practitionerId: row.practitionerId, councilId: row.councilId! }] : [])),
  });
}
