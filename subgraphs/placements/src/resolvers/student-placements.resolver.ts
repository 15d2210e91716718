/** What this subgraph adds to a student, whom the universities subgraph owns: their skills days, placements and practice days. */
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { UserErrors } from '#hub/shared/errors';
import { isUuid } from '#hub/shared/input-checks';
import { refused, succeeded } from '#hub/shared/payload';
import type { PlacementsContext } from '../context';
import { Placement } from '../entities/placement.entity';
import { StudentSkillsDays } from '../entities/student-skills-days.entity';
import { checkSkillsDays } from '../rules/placement-days';
import { practiceDaysOf } from '../services/practice-days';
import { lockStudent, OTHER_UNIVERSITY, recordedByOtherUniversity } from '../services/student-lock';
import { studentOfUniversity } from '../services/universities-register';
import { PracticeDays } from '../types/figures';
import { PracticeDaysPayload } from '../types/payloads';
import { Student } from '../types/student';
import { StudentSkillsDaysInput } from '../types/student.inputs';

@Resolver(() => Student)
export class StudentPlacementsResolver {
  @Mutation(() => PracticeDaysPayload, {
    description: 'Record the skills days a student has done so far, at most 30 (admins of their university).',
  })
  async studentSkillsDaysSet(
    @Arg('input', { description: 'The student, their university and the skills days done so far.' }) input: StudentSkillsDaysInput,
    @Ctx() context: PlacementsContext,
  ) {
    const { loaders, dataSource } = context;
    loaders.scope.assertUniversityAdmin(input.universityId, 'record its students’ skills days');
    const errors = new UserErrors();
    if (!isUuid(input.studentId)) errors.add('studentId', 'INVALID_ID', `studentId must be an id (a UUID); got "${input.studentId}".`);
    checkSkillsDays(input.days, errors);
    const studentId = await studentOfUniversity(input.studentId, input.universityId, 'studentId', context, errors);
    if (errors.any || !studentId) return refused('practiceDays', errors.list);
    const taken = await dataSource.transaction(async (manager) => {
      await lockStudent(manager, studentId);
      if (await recordedByOtherUniversity(manager, studentId, input.universityId)) return true;
      await manager.upsert(StudentSkillsDays, { studentId, universityId: input.universityId, days: input.days }, ['studentId']);
      return false;
    });
    if (taken) {
      return refused('practiceDays', new UserErrors().add(OTHER_UNIVERSITY.field, OTHER_UNIVERSITY.code, OTHER_UNIVERSITY.message).list);
    }
    loaders.skillsDaysByStudent.clear(studentId);
    return succeeded('practiceDays', await practiceDaysOf(studentId, context));
  }

  @FieldResolver(() => [Placement], {
    nullable: true,
    description: 'Their placements by start date, as far as you may see them: their university and host councils.',
  })
  async placements(@Root() student: Student, @Ctx() { loaders }: PlacementsContext): Promise<Placement[]> {
    return (await loaders.placementsByStudent.load(student.id)).filter((placement) => loaders.scope.canSeePlacement(placement));
  }

  @FieldResolver(() => PracticeDays, {
    nullable: true,
    description:
      'Days toward the 200 and any rule their placements break: for their university and the councils hosting them; null for anyone else.',
  })
  async practiceDays(@Root() student: Student, @Ctx() context: PlacementsContext): Promise<PracticeDays | null> {
    const { loaders, principal } = context;
    const [placements, skills] = await Promise.all([
      loaders.placementsByStudent.load(student.id),
      loaders.skillsDaysByStudent.load(student.id),
    ]);
    const mayKnow =
      placements.some((placement) => loaders.scope.canSeePlacement(placement)) ||
      (skills !== null && principal.isUniversityAdminOf(skills.universityId));
    // Null both for a student with no records here and for one you may not see, so the answer
    // does not tell which students exist.
    if (!mayKnow) return null;
    return practiceDaysOf(student.id, context, placements);
  }
}
