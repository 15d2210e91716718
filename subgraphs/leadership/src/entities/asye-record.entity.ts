import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { numericColumn } from '#hub/shared/numeric-column';
import { DateScalar } from '#hub/shared/scalars';
import type { AsyeReviewPoint } from '../rules/asye';
import type { Pause } from '../rules/calendar';
import { AsyeStatus, EarlyCareerProgramme, type ReviewOutcome } from '../types/enums';

/** A review point as held. */
export interface HeldReviewRow {
  readonly point: AsyeReviewPoint;
  readonly heldOn: string;
  readonly outcome: ReviewOutcome;
}

/**
 * A newly qualified social worker's assessed and supported year. Pauses and held reviews are small
 * lists kept on the row; review due dates are worked out from the start and the pauses, not stored.
 */
@ObjectType({
  description: 'A newly qualified social worker’s Assessed and Supported Year in Employment (or the programme that replaces it).',
})
@Entity({ name: 'asye_record' })
@Index('asye_record_council_idx', ['councilId'])
@Index('asye_record_practitioner_idx', ['practitionerId'])
// One ASYE at a time: only a withdrawn one may be followed by another.
@Index('asye_record_one_per_practitioner_key', ['practitionerId'], { unique: true, where: `"status" <> 'WITHDRAWN'` })
@Check('asye_record_status_check', `"status" IN ('IN_PROGRESS','PAUSED','COMPLETED','WITHDRAWN')`)
@Check('asye_record_programme_check', `"programme" IN ('ASYE','EARLY_CAREER_DEVELOPMENT_PROGRAMME')`)
@Check(
  'asye_record_evidence_check',
  `"direct_observations" BETWEEN 0 AND 50 AND "feedback_from_people_who_use_services" BETWEEN 0 AND 50 AND "professional_feedback" BETWEEN 0 AND 50 AND "written_reports" BETWEEN 0 AND 50`,
)
export class AsyeRecord {
  @Field(() => ID, { description: 'The ASYE record’s id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'practitioner_id', type: 'uuid' })
  practitionerId: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Column({ name: 'assessor_practitioner_id', type: 'uuid' })
  assessorPractitionerId: string;

  @Field(() => EarlyCareerProgramme, { description: 'The programme followed: ASYE unless another was chosen at the start.' })
  @Column({ type: 'varchar', length: 40 })
  programme: EarlyCareerProgramme;

  @Field(() => DateScalar, { description: 'The first day of the ASYE; review dates are counted from it.' })
  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Field({ description: 'Whether the optional 9-month review is planned.' })
  @Column({ name: 'with_nine_month_review', type: 'boolean', default: false })
  withNineMonthReview: boolean;

  @Field(() => AsyeStatus, { description: 'Whether it is in progress, paused, completed or withdrawn.' })
  @Column({ type: 'varchar', length: 20 })
  status: AsyeStatus;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  pauses: Pause[];

  @Column({ name: 'held_reviews', type: 'jsonb', default: () => "'[]'" })
  heldReviews: HeldReviewRow[];

  @Field(() => Int, { description: 'Direct observations of practice recorded so far; the final review needs 3.' })
  @Column({ name: 'direct_observations', type: 'int', default: 0 })
  directObservations: number;

  @Field(() => Int, { description: 'Pieces of feedback from people who use services recorded so far; the final review needs 3.' })
  @Column({ name: 'feedback_from_people_who_use_services', type: 'int', default: 0 })
  feedbackFromPeopleWhoUseServices: number;

  @Field(() => Int, { description: 'Pieces of feedback from other professionals recorded so far; the final review needs 3.' })
  @Column({ name: 'professional_feedback', type: 'int', default: 0 })
  professionalFeedback: number;

  @Field(() => Int, { description: 'Written reports assessed so far; the final review needs 3.' })
  @Column({ name: 'written_reports', type: 'int', default: 0 })
  writtenReports: number;

  @Field({ description: 'Whether the critical reflection at 6 months is done; the final review needs it.' })
  @Column({ name: 'reflection_at_six_months', type: 'boolean', default: false })
  reflectionAtSixMonths: boolean;

  @Field({ description: 'Whether the critical reflection at 12 months is done; the final review needs it.' })
  @Column({ name: 'reflection_at_twelve_months', type: 'boolean', default: false })
  reflectionAtTwelveMonths: boolean;

  @Field(() => Float, { description: 'Protected development time taken so far, in hours (10% of working time is expected).' })
  @Column({ name: 'protected_development_hours', type: 'numeric', precision: 6, scale: 1, default: 0, transformer: numericColumn })
  protectedDevelopmentHours: number;

  @Field(() => DateScalar, { nullable: true, description: 'When it was completed or withdrawn; null while it runs.' })
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
