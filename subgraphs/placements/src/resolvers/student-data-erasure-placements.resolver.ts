/** Erases a student's placement records: this subgraph's part of a student's data-subject erasure. */
import { In, IsNull, Not } from 'typeorm';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  anonymousId,
  auditedRecords,
  DataErasurePayload,
  ERASED_TEXT,
  eraseStudentRecords,
  NOTHING_TO_ERASE,
  StudentDataErasureInput,
} from '#hub/shared/data-subject-erasure';
import type { PlacementsContext } from '../context';
import { Placement } from '../entities/placement.entity';
import { StudentSkillsDays } from '../entities/student-skills-days.entity';
import { studentErasureRefusals } from '../rules/data-subject-erasure';
import { lockStudent } from '../services/student-lock';

@Resolver()
export class StudentDataErasurePlacementsResolver {
  @Mutation(() => DataErasurePayload, {
    description:
      'Unlink a student from their placements and skills days (admins of their university): the rows are kept, with their dates, days and outcomes, for the supply figures and practice days, under an id that leads back to nobody, and the action plan and end reason written about them are replaced. Refused while a placement is planned or running. Only for a student on the universities register at your university; any other id is refused with STUDENT_NOT_FOUND, as is every id once their record there is erased.',
  })
  async studentDataErasePlacements(
    @Arg('input', { description: 'The student whose placement records to erase; with dryRun, only report what erasing would do.' })
    input: StudentDataErasureInput,
    @Ctx() context: PlacementsContext,
  ): Promise<DataErasurePayload> {
    const { principal } = context;
    return eraseStudentRecords(context, 'placements', input, async (manager) => {
      // The same lock allocations take, so no placement for the student can arrive meanwhile.
      await lockStudent(manager, input.studentId);
      const placements = (await manager.findBy(Placement, { studentId: input.studentId })).filter((placement) =>
        principal.usesUniversityAdminRightsOf(placement.universityId),
      );
      const skills = await manager.findOneBy(StudentSkillsDays, { studentId: input.studentId });
      const ownSkills = skills !== null && principal.usesUniversityAdminRightsOf(skills.universityId);
      if (placements.length === 0 && !ownSkills) return NOTHING_TO_ERASE;
      return {
        refusals: studentErasureRefusals(placements),
        counts: { rowsAnonymised: placements.length + (ownSkills ? 1 : 0), rowsDeleted: 0 },
        // Skills days are keyed by the student's id, so their events are the ones that name them.
        records: [
          ...auditedRecords('placement', placements),
          ...(ownSkills ? [{ type: 'student_skills_days', id: skills.studentId }] : []),
        ],
        apply: async () => {
          const replacement = anonymousId();
          if (placements.length > 0) {
            const id = In(placements.map((placement) => placement.id));
            await manager.update(Placement, { id }, { studentId: replacement });
            await manager.update(Placement, { id, midpointActionPlan: Not(IsNull()) }, { midpointActionPlan: ERASED_TEXT });
            await manager.update(Placement, { id, endReason: Not(IsNull()) }, { endReason: ERASED_TEXT });
          }
          if (ownSkills) await manager.update(StudentSkillsDays, { studentId: input.studentId }, { studentId: replacement });
        },
      };
    });
  }
}
