import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { numericColumn } from '#hub/shared/numeric-column';
import { AcademicYearScalar } from '#hub/shared/scalars';

const AT_LEAST = 'Null when the agreement promises no figure for it.';

/** What a partnership's agreement promises of its member universities' teaching in one academic year. */
@ObjectType({ description: 'The teaching a partnership’s agreement promises in an academic year: each figure is a minimum.' })
@Entity({ name: 'teaching_agreement' })
@Check(
  'teaching_agreement_counts_check',
  `LEAST("seminars", "lectures", "masterclasses", "workshops", "conference_sessions", "lecturer_days_in_practice") >= 0`,
)
@Check('teaching_agreement_share_check', `"co_delivered_share" BETWEEN 0 AND 1`)
@Check('teaching_agreement_hours_check', `"practitioner_teaching_hours" >= 0`)
export class TeachingAgreement {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Field(() => AcademicYearScalar, { description: 'The academic year the promises are for.' })
  @PrimaryColumn({ name: 'academic_year', type: 'varchar', length: 7 })
  academicYear: string;

  @Field(() => Int, { nullable: true, description: `Seminars a year, at least. ${AT_LEAST}` })
  @Column({ type: 'int', nullable: true })
  seminars: number | null;

  @Field(() => Int, { nullable: true, description: `Lectures a year, at least. ${AT_LEAST}` })
  @Column({ type: 'int', nullable: true })
  lectures: number | null;

  @Field(() => Int, { nullable: true, description: `Masterclasses a year, at least (Buckinghamshire promises 4). ${AT_LEAST}` })
  @Column({ type: 'int', nullable: true })
  masterclasses: number | null;

  @Field(() => Int, { nullable: true, description: `Workshops a year, at least. ${AT_LEAST}` })
  @Column({ type: 'int', nullable: true })
  workshops: number | null;

  @Field(() => Int, { nullable: true, description: `Conference sessions a year, at least. ${AT_LEAST}` })
  @Column({ name: 'conference_sessions', type: 'int', nullable: true })
  conferenceSessions: number | null;

  @Field(() => Float, {
    nullable: true,
    description: `Share of sessions co-delivered by a lecturer and a practitioner, 0–1, at least. ${AT_LEAST}`,
  })
  @Column({ name: 'co_delivered_share', type: 'numeric', precision: 5, scale: 4, nullable: true, transformer: numericColumn })
  coDeliveredShare: number | null;

  @Field(() => Float, {
    nullable: true,
    description: `Hours practitioners facilitate member universities’ sessions, at least. ${AT_LEAST}`,
  })
  @Column({ name: 'practitioner_teaching_hours', type: 'numeric', precision: 8, scale: 2, nullable: true, transformer: numericColumn })
  practitionerTeachingHours: number | null;

  @Field(() => Int, { nullable: true, description: `Lecturer-days in practice on completed shadowing visits, at least. ${AT_LEAST}` })
  @Column({ name: 'lecturer_days_in_practice', type: 'int', nullable: true })
  lecturerDaysInPractice: number | null;

  @Field(() => Date, { description: 'When the partnership’s admins last set these targets.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
