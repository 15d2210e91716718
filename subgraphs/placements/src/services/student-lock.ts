/**
 * A student's records here belong to the university that first recorded them: no subgraph can
 * check another's students, so the first university keeps the student. Writes that touch a
 * student take the student's lock first, so two universities acting at once cannot both win.
 */
import type { EntityManager } from 'typeorm';
import { Placement } from '../entities/placement.entity';
import { StudentSkillsDays } from '../entities/student-skills-days.entity';
import type { UniqueConflict } from '#hub/shared/write';

export async function lockStudent(manager: EntityManager, studentId: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`placement-student:${studentId}`]);
}

/** Whether another university has recorded this student here; call with the student's lock held. */
export async function recordedByOtherUniversity(manager: EntityManager, studentId: string, universityId: string): Promise<boolean> {
  const placement = await manager
    .getRepository(Placement)
    .createQueryBuilder('placement')
    .where('placement.studentId = :studentId AND placement.universityId <> :universityId', { studentId, universityId })
    .getExists();
  const skills = await manager
    .getRepository(StudentSkillsDays)
    .createQueryBuilder('skills')
    .where('skills.studentId = :studentId AND skills.universityId <> :universityId', { studentId, universityId })
    .getExists();
  return placement || skills;
}

export const OTHER_UNIVERSITY: UniqueConflict = {
  field: 'studentId',
  code: 'STUDENT_OF_OTHER_UNIVERSITY',
  message: 'Another university has recorded this student here already.',
};
