/** This subgraph's part of erasing a student: anonymising their record, which the placements subgraph's part must precede. */
import { In } from 'typeorm';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { assertMayRequestStudentData } from '#hub/shared/data-subject-access';
import {
  anonymousId,
  DataErasurePayload,
  ERASED_TEXT,
  eraseInTransaction,
  invalidSubjectId,
  lockRowsNaming,
  NOTHING_TO_ERASE,
  StudentDataErasureInput,
} from '#hub/shared/data-subject-erasure';
import { forbidden } from '#hub/shared/errors';
import { isUuid } from '#hub/shared/input-checks';
import { insertNew } from '#hub/shared/write';
import type { UniversitiesContext } from '../context';
import { SessionAttendance } from '../entities/session-attendance.entity';
import { Student } from '../entities/student.entity';
import { TeachingSession } from '../entities/teaching-session.entity';
import { erasedStudentNumber, studentErasureRefusals } from '../rules/data-subject-erasure';

@Resolver()
export class StudentDataErasureUniversitiesResolver {
  @Mutation(() => DataErasurePayload, {
    description:
      'Anonymise a student who has qualified or withdrawn (admins of their university): the record keeps its programme, cohort, stage, status and suitability date, under a new id, a placeholder number and no name, and keeps their attendance for the figures. Call it after studentDataErasePlacements. Erasing again changes nothing.',
  })
  async studentDataEraseUniversities(
    @Arg('input', { description: 'The student whose record to anonymise, and whether this is a dry run.' }) input: StudentDataErasureInput,
    @Ctx() { loaders, principal, dataSource, now }: UniversitiesContext,
  ): Promise<DataErasurePayload> {
    assertMayRequestStudentData(principal);
    if (!isUuid(input.studentId)) return invalidSubjectId('studentId');
    const existing = await loaders.studentById.load(input.studentId);
    if (existing && !principal.usesUniversityAdminRightsOf(existing.universityId)) {
      throw forbidden('Only an admin of the student’s university may erase their record.');
    }
    return eraseInTransaction(dataSource, 'universities', { id: input.studentId, dryRun: input.dryRun }, async (manager) => {
      const student = await manager.findOne(Student, { where: { id: input.studentId }, lock: { mode: 'pessimistic_write' } });
      if (!student) return NOTHING_TO_ERASE;
      const attendances = await lockRowsNaming(manager, SessionAttendance, 'studentId', student.id);
      const sessionIds = [...new Set(attendances.map((row) => row.sessionId))];
      const sessions = sessionIds.length > 0 ? await manager.findBy(TeachingSession, { id: In(sessionIds) }) : [];
      return {
        refusals: studentErasureRefusals(student, sessions, now),
        counts: { rowsAnonymised: 1 + attendances.length, rowsDeleted: 0 },
        apply: async () => {
          // The attendance rows must point at a student, so the anonymised record is a new row they move to.
          const replacement = anonymousId();
          await insertNew(manager, Student, {
            id: replacement,
            universityId: student.universityId,
            programmeId: student.programmeId,
            studentNumber: erasedStudentNumber(replacement),
            givenName: ERASED_TEXT,
            familyName: ERASED_TEXT,
            cohortYear: student.cohortYear,
            stage: student.stage,
            status: student.status,
            suitabilityConfirmedOn: student.suitabilityConfirmedOn,
          });
          if (attendances.length > 0) {
            await manager.update(SessionAttendance, { id: In(attendances.map((row) => row.id)) }, { studentId: replacement });
          }
          await manager.delete(Student, student.id);
        },
      };
    });
  }
}
