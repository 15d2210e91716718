import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { DateScalar } from '#hub/shared/scalars';
import { StudentStage, StudentStatus } from '../types/enums';
import { Programme } from './programme.entity';
import { University } from './university.entity';

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A social work student. Only their own university sees them. Suitability is a confirmed flag and date: DBS details are never held here.',
})
@Entity({ name: 'student' })
@Unique('student_university_number_key', ['universityId', 'studentNumber'])
@Index('student_university_family_name_idx', ['universityId', 'familyName'])
@Check('student_stage_check', `"stage" IN ('ENTRY','READINESS_FOR_DIRECT_PRACTICE','END_OF_FIRST_PLACEMENT','END_OF_LAST_PLACEMENT')`)
@Check('student_status_check', `"status" IN ('STUDYING','INTERRUPTED','WITHDRAWN','QUALIFIED')`)
@Check('student_cohort_year_check', `"cohort_year" BETWEEN 2000 AND 2100`)
export class Student {
  @Field(() => ID, { description: 'The student’s id. Erasing their record moves it to a new id, so this one then finds nothing.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'university_id', type: 'uuid' })
  universityId: string;

  @ManyToOne(() => University, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'university_id' })
  universityRow?: University;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programmeRow?: Programme;

  @Field({ description: "The university's own student number." })
  @Column({ name: 'student_number', type: 'varchar', length: 20 })
  studentNumber: string;

  @Field({ description: 'Their given name.' })
  @Column({ name: 'given_name', type: 'varchar', length: 80 })
  givenName: string;

  @Field({ description: 'Their family name; lists of students are in this order.' })
  @Column({ name: 'family_name', type: 'varchar', length: 80 })
  familyName: string;

  @Field(() => Int, { description: 'The year the cohort started, e.g. 2025 for the cohort that began in autumn 2025.' })
  @Column({ name: 'cohort_year', type: 'int' })
  cohortYear: number;

  @Field(() => StudentStage, { description: 'The PCF qualifying level they have reached.' })
  @Column({ type: 'varchar', length: 40 })
  stage: StudentStage;

  @Field(() => StudentStatus, { description: 'Where they are with their programme.' })
  @Column({ type: 'varchar', length: 20 })
  status: StudentStatus;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the university confirmed suitability (enhanced DBS and checks); null if not yet.',
  })
  @Column({ name: 'suitability_confirmed_on', type: 'date', nullable: true })
  suitabilityConfirmedOn: string | null;

  @Field({ description: 'Whether suitability for practice is confirmed. The only suitability fact shared across organisations.' })
  get suitabilityConfirmed(): boolean {
    return this.suitabilityConfirmedOn !== null;
  }

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
