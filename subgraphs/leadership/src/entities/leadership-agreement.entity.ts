import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { numericColumn } from '#hub/shared/numeric-column';
import { AcademicYearScalar } from '#hub/shared/scalars';

/**
 * What a partnership's agreement promises of its member councils' practice leadership in one
 * academic year. The minimum learning days stay in LeadershipSettings, their one source.
 */
@ObjectType({ description: 'The practice leadership a partnership’s agreement promises in an academic year: each figure is a minimum.' })
@Entity({ name: 'leadership_agreement' })
@Check('leadership_agreement_rate_check', `"cpd_compliance_rate" BETWEEN 0 AND 1`)
@Check('leadership_agreement_completions_check', `"pathway_completions" >= 0`)
export class LeadershipAgreement {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Field(() => AcademicYearScalar, { description: 'The academic year the promises are for.' })
  @PrimaryColumn({ name: 'academic_year', type: 'varchar', length: 7 })
  academicYear: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share of practitioners meeting the CPD rules in the registration year, 0–1, at least. Null when the agreement promises none.',
  })
  @Column({ name: 'cpd_compliance_rate', type: 'numeric', precision: 5, scale: 4, nullable: true, transformer: numericColumn })
  cpdComplianceRate: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Leadership pathway enrolments completed in the year, at least. Null when the agreement promises none.',
  })
  @Column({ name: 'pathway_completions', type: 'int', nullable: true })
  pathwayCompletions: number | null;

  @Field(() => Date, { description: 'When the partnership’s admins last set these targets.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
