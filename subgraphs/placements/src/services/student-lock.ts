/**
 * Writes that touch a student take the student's lock first, so two of them cannot interleave.
 * Whose student it is comes from the universities register (universities-register.ts), checked
 * before the write; records here under another university than the register's (made before that
 * check) are refused rather than added to, until the hub's operators correct them.
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
  message:
    'This subgraph holds records of this student under another university than the register’s; ask the hub’s operators to correct them.',
};
