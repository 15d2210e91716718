import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DateScalar } from '#hub/shared/scalars';
import { PLACEMENT_DAYS, extendedEnd, isStatutorySetting } from '../rules/placement-days';
import { FinalOutcome, MidpointOutcome, PlacementLevel, PlacementSetting, PlacementStatus } from '../types/enums';
import { PlacementOffer } from './placement-offer.entity';
import { PracticeEducator } from './practice-educator.entity';

/**
 * One student on one offer. The offer's council, partnership, level, setting and dates are copied
 * when the student is allocated, so the placement keeps its terms if the offer changes later.
 */
@ObjectType({ description: 'A student’s placement: from proposal by the university to completion, an early end or cancellation.' })
@Entity({ name: 'placement' })
@Index('placement_offer_idx', ['offerId'])
@Index('placement_student_idx', ['studentId'])
@Index('placement_council_idx', ['councilId'])
@Index('placement_university_idx', ['universityId'])
@Check('placement_status_check', `"status" IN ('PROPOSED','CONFIRMED','ACTIVE','COMPLETED','ENDED_EARLY','CANCELLED')`)
@Check('placement_level_check', `"level" IN ('FIRST','FINAL')`)
@Check('placement_setting_check', `"setting" IN ('STATUTORY_CHILDREN','STATUTORY_ADULTS','OTHER_STATUTORY','VOLUNTARY_OR_PRIVATE')`)
@Check('placement_midpoint_outcome_check', `"midpoint_outcome" IN ('SATISFACTORY','CONCERNS')`)
@Check('placement_final_outcome_check', `"final_outcome" IN ('PASS','FAIL','REFER')`)
@Check('placement_days_check', `"days_completed" BETWEEN 0 AND 200 AND "missed_days" BETWEEN 0 AND 200`)
@Check('placement_concerns_need_plan_check', `"midpoint_outcome" IS DISTINCT FROM 'CONCERNS' OR "midpoint_action_plan" IS NOT NULL`)
@Check('placement_completed_outcome_check', `("status" = 'COMPLETED') = ("final_outcome" IS NOT NULL)`)
export class Placement {
  /** A new placement on an offer, with the offer's terms copied. */
  static onOffer(offer: PlacementOffer, fields: Partial<Placement>): Placement {
    return Object.assign(new Placement(), {
      offerId: offer.id,
      councilId: offer.councilId,
      partnershipId: offer.partnershipId,
      level: offer.level,
      setting: offer.setting,
      startsOn: offer.startsOn,
      endsOn: offer.endsOn,
      ...fields,
    });
  }

  @Field(() => ID, { description: 'The placement’s id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'offer_id', type: 'uuid' })
  offerId: string;

  @ManyToOne(() => PlacementOffer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'offer_id' })
  offerRow?: PlacementOffer;

  @Column({ name: 'student_id', type: 'uuid' })
  studentId: string;

  @Column({ name: 'university_id', type: 'uuid' })
  universityId: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Field(() => PlacementLevel, { description: 'First or final placement, copied from the offer.' })
  @Column({ type: 'varchar', length: 10 })
  level: PlacementLevel;

  @Field(() => PlacementSetting, { description: 'The setting, copied from the offer.' })
  @Column({ type: 'varchar', length: 30 })
  setting: PlacementSetting;

  @Field(() => DateScalar, { description: 'The planned first day, copied from the offer.' })
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Field(() => DateScalar, { description: 'The planned last day, before any missed days are added on.' })
  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column({ name: 'practice_educator_id', type: 'uuid', nullable: true })
  practiceEducatorId: string | null;

  @ManyToOne(() => PracticeEducator, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'practice_educator_id' })
  practiceEducatorRow?: PracticeEducator | null;

  @Field(() => PlacementStatus, { description: 'Where it is in its lifecycle.' })
  @Column({ type: 'varchar', length: 20 })
  status: PlacementStatus;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the practice learning agreement was signed; needed before the placement starts.',
  })
  @Column({ name: 'learning_agreement_signed_on', type: 'date', nullable: true })
  learningAgreementSignedOn: string | null;

  @Field(() => Int, { description: 'Days of practice done so far.' })
  @Column({ name: 'days_completed', type: 'int', default: 0 })
  daysCompleted: number;

  @Field(() => Int, { description: 'Days missed (illness, leave); they are added on to the placement.' })
  @Column({ name: 'missed_days', type: 'int', default: 0 })
  missedDays: number;

  @Field(() => MidpointOutcome, { nullable: true, description: 'The latest midpoint review’s finding; null until one is recorded.' })
  @Column({ name: 'midpoint_outcome', type: 'varchar', length: 20, nullable: true })
  midpointOutcome: MidpointOutcome | null;

  @Field(() => String, {
    nullable: true,
    description: 'The action plan agreed when the midpoint review raised concerns. No details of people who use services.',
  })
  @Column({ name: 'midpoint_action_plan', type: 'varchar', length: 1000, nullable: true })
  midpointActionPlan: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the latest midpoint review was held; null until one is recorded.' })
  @Column({ name: 'midpoint_reviewed_on', type: 'date', nullable: true })
  midpointReviewedOn: string | null;

  @Field(() => FinalOutcome, { nullable: true, description: 'The final report’s recommendation, recorded on completion.' })
  @Column({ name: 'final_outcome', type: 'varchar', length: 10, nullable: true })
  finalOutcome: FinalOutcome | null;

  @Field(() => String, { nullable: true, description: 'Why the placement ended early or was cancelled.' })
  @Column({ name: 'end_reason', type: 'varchar', length: 500, nullable: true })
  endReason: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it completed or ended early.' })
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the university proposed it.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field({ description: 'Whether the setting is statutory, involving legal interventions: every setting but VOLUNTARY_OR_PRIVATE.' })
  get statutory(): boolean {
    return isStatutorySetting(this.setting);
  }

  @Field(() => Int, { description: '70 for a first placement, 100 for a final one.' })
  get requiredDays(): number {
    return PLACEMENT_DAYS[this.level];
  }

  @Field(() => DateScalar, { description: 'The planned end with the missed days added on, in working days.' })
  get extendedEndsOn(): string {
    return extendedEnd(this.endsOn, this.missedDays);
  }

  @Field(() => Int, { description: 'Days of practice still to do: requiredDays less daysCompleted, never below 0.' })
  get daysRemaining(): number {
    return Math.max(0, this.requiredDays - this.daysCompleted);
  }
}
