/**
 * This subgraph's part of erasing a student: anonymising their record, which the placements
 * subgraph's part must precede. This subgraph is the register the placements subgraph asks, and
 * the record moves to a new id, so afterwards every erasure answers STUDENT_NOT_FOUND.
 */
import { In } from 'typeorm';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  anonymousId,
  auditedRecords,
  DataErasurePayload,
  ERASED_TEXT,
  eraseStudentRecords,
  lockRowsNaming,
  NOTHING_TO_ERASE,
  StudentDataErasureInput,
} from '#hub/shared/data-subject-erasure';
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
      'Anonymise a student who has qualified or withdrawn (admins of their university): the record keeps its programme, cohort, stage, status and suitability date, under a new id, a placeholder number and no name, and keeps their attendance for the figures. Call it after studentDataErasePlacements: once the record has moved, no erasure finds the student any more. Any id but one of your university’s students is refused with STUDENT_NOT_FOUND.',
  })
  async studentDataEraseUniversities(
    @Arg('input', { description: 'The student whose record to anonymise, and whether this is a dry run.' }) input: StudentDataErasureInput,
    @Ctx() context: UniversitiesContext,
  ): Promise<DataErasurePayload> {
    const { loaders, principal, now } = context;
    const held = async () => {
      const student = await loaders.studentById.load(input.studentId);
      return student !== null && principal.usesUniversityAdminRightsOf(student.universityId);
    };
    return eraseStudentRecords(
      context,
      'universities',
      input,
      async (manager) => {
        const student = await manager.findOne(Student, { where: { id: input.studentId }, lock: { mode: 'pessimistic_write' } });
        // Erased by a concurrent erasure since the check.
        if (!student) return NOTHING_TO_ERASE;
        const attendances = await lockRowsNaming(manager, SessionAttendance, 'studentId', student.id);
        const sessionIds = [...new Set(attendances.map((row) => row.sessionId))];
        const sessions = sessionIds.length > 0 ? await manager.findBy(TeachingSession, { id: In(sessionIds) }) : [];
        return {
          refusals: studentErasureRefusals(student, sessions, now),
          counts: { rowsAnonymised: 1 + attendances.length, rowsDeleted: 0 },
          records: [...auditedRecords('student', [student]), ...auditedRecords('session_attendance', attendances)],
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
      },
      held,
    );
  }
}
