/**
 * Checks the students and universities a placements write names against the universities
 * subgraph's register, which owns them, asked with the caller's own token: a student is seen there
 * by their own university's admins only, so nobody can record another university's student here,
 * or learn whether a student id exists.
 */
import type { UserErrors } from '#hub/shared/errors';
import { isUuid } from '#hub/shared/input-checks';
import type { PlacementsContext } from '../context';

const UNIVERSITY_OF_STUDENT = 'query ($id: ID!) { student(id: $id) { id university { id } } }';
const PARTNERSHIPS_OF_UNIVERSITY = 'query ($id: ID!) { university(id: $id) { partnerships { id } } }';

/**
 * The student's id as the register holds it, when the register says they study at the university;
 * otherwise null, with one refusal for a student who does not exist, one the caller may not see
 * and one of another university.
 */
export async function studentOfUniversity(
  studentId: string,
  universityId: string,
  field: string,
  { peers }: PlacementsContext,
  errors: UserErrors,
): Promise<string | null> {
  if (!isUuid(studentId)) return null;
  const register = await peers<{ student: { id: string; university: { id: string } } | null }>('universities', UNIVERSITY_OF_STUDENT, {
    id: studentId,
  });
  if (register.student?.university.id !== universityId) {
    errors.add(field, 'STUDENT_NOT_FOUND', `No student ${studentId} of university ${universityId} is on a register you may see.`);
    return null;
  }
  return register.student.id;
}

/** The university must be a member of the partnership on the universities register; one not on the hub is a member of none. */
export async function checkUniversityInPartnership(
  universityId: string,
  partnershipId: string,
  field: string,
  { peers }: PlacementsContext,
  errors: UserErrors,
): Promise<void> {
  if (!isUuid(universityId)) return;
  const register = await peers<{ university: { partnerships: { id: string }[] } | null }>('universities', PARTNERSHIPS_OF_UNIVERSITY, {
    id: universityId,
  });
  if (!register.university?.partnerships.some((partnership) => partnership.id === partnershipId)) {
    errors.add(
      field,
      'NOT_A_MEMBER',
      `University ${universityId} is not a member of partnership ${partnershipId} on the universities register.`,
    );
  }
}
