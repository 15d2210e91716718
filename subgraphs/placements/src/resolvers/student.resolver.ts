import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { forbidden, UserErrors } from '../../../../shared/errors';
import { isUuid } from '../../../../shared/input-checks';
import { refused, succeeded } from '../../../../shared/payload';
import type { PlacementsContext } from '../context';
import { Placement } from '../entities/placement.entity';
import { StudentSkillsDays } from '../entities/student-skills-days.entity';
import { MAX_SKILLS_DAYS } from '../rules/placement-days';
import { PracticeDays } from '../types/figures';
import { StudentSkillsDaysInput } from '../types/placement.inputs';
import { PracticeDaysPayload } from '../types/payloads';
import { Student } from '../types/student';
import { practiceDaysOf } from './practice-days';

@Resolver(() => Student)
export class StudentResolver {
  @Mutation(() => PracticeDaysPayload, {
    description: 'Record the skills days a student has done so far, at most 30 (admins of their university).',
  })
  async studentSkillsDaysSet(@Arg('input') input: StudentSkillsDaysInput, @Ctx() context: PlacementsContext) {
    const { loaders, dataSource } = context;
    loaders.scope.assertUniversityAdmin(input.universityId, 'record its students’ skills days');
    const errors = new UserErrors();
    if (!isUuid(input.studentId)) errors.add('studentId', 'INVALID_ID', `studentId must be an id (a UUID); got "${input.studentId}".`);
    if (!Number.isInteger(input.days) || input.days < 0 || input.days > MAX_SKILLS_DAYS) {
      errors.add('days', 'OUT_OF_RANGE', `days must be a whole number from 0 to ${MAX_SKILLS_DAYS}; got ${input.days}.`);
    }
    if (!errors.any) {
      const placed = await loaders.placementsByStudent.load(input.studentId);
      if (placed.some((placement) => placement.universityId !== input.universityId)) {
        errors.add('studentId', 'STUDENT_OF_OTHER_UNIVERSITY', 'This student is placed here by another university.');
      }
    }
    if (errors.any) return refused('practiceDays', errors.list);
    await dataSource.transaction((manager) =>
      manager.upsert(StudentSkillsDays, { studentId: input.studentId, universityId: input.universityId, days: input.days }, ['studentId']),
    );
    loaders.skillsDaysByStudent.clear(input.studentId);
    return succeeded('practiceDays', await practiceDaysOf(input.studentId, context));
  }

  @FieldResolver(() => [Placement], {
    description: 'Their placements by start date, as far as you may see them: their university and host councils.',
  })
  async placements(@Root() student: Student, @Ctx() { loaders }: PlacementsContext): Promise<Placement[]> {
    return (await loaders.placementsByStudent.load(student.id)).filter((placement) => loaders.scope.canSeePlacement(placement));
  }

  @FieldResolver(() => PracticeDays, {
    nullable: true,
    description: 'Days toward the 200 and any rule their placements break: for their university and the councils hosting them.',
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
    if (!mayKnow) {
      if (placements.length > 0 || skills)
        throw forbidden('A student’s practice days are seen by their university and the councils hosting them.');
      return null;
    }
    return practiceDaysOf(student.id, context, placements);
  }
}
