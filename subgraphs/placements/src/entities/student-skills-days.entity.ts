import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Skills days the university has run for a student: part of the 200 days of practice learning, at most 30. */
@Entity({ name: 'student_skills_days' })
@Check('student_skills_days_check', `"days" BETWEEN 0 AND 30`)
export class StudentSkillsDays {
  @PrimaryColumn({ name: 'student_id', type: 'uuid' })
  studentId: string;

  @Column({ name: 'university_id', type: 'uuid' })
  universityId: string;

  @Column({ type: 'int' })
  days: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
