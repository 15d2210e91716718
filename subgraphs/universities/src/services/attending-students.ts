/** The students an attendance mutation names, checked against the students recorded. */
import type { UserErrors } from '#hub/shared/errors';
import type { UniversitiesContext } from '../context';
import { Student } from '../entities/student.entity';
import type { TeachingSession } from '../entities/teaching-session.entity';
import { checkAttendingStudentList } from '../rules/people-lists';

/** Students are recorded by their own university's admins, at that university's sessions only. */
export async function checkAttendingStudents(
  session: TeachingSession,
  ids: readonly string[],
  { loaders }: UniversitiesContext,
  errors: UserErrors,
): Promise<string[]> {
  if (ids.length === 0) return [];
  loaders.scope.assertCanManageUniversity(session.universityId);
  const uniqueIds = checkAttendingStudentList(ids, errors);
  if (!uniqueIds) return [];
  const students = await loaders.studentById.loadMany(uniqueIds);
  students.forEach((student, index) => {
    if (!(student instanceof Student)) errors.add('studentIds', 'NOT_FOUND', `No student has id ${uniqueIds[index]}.`);
    else if (student.universityId !== session.universityId) {
      errors.add('studentIds', 'STUDENT_OF_OTHER_UNIVERSITY', `Student ${student.id} studies at another university.`);
    }
  });
  return uniqueIds;
}
