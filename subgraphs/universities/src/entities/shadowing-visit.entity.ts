import { Field, Float, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { numericColumn } from '#hub/shared/numeric-column';
import { DateScalar } from '#hub/shared/scalars';
import { ShadowingKind, ShadowingSide, ShadowingStatus } from '../types/enums';
import { Lecturer } from './lecturer.entity';
import { University } from './university.entity';

@ObjectType({
  description:
    'A lecturer spending time in practice with a council: shadowing casework, joining its leadership team, or observing practice. Free text here never describes people who use services.',
})
@Entity({ name: 'shadowing_visit' })
@Index('shadowing_visit_council_visit_on_idx', ['councilId', 'visitOn'])
@Index('shadowing_visit_university_visit_on_idx', ['universityId', 'visitOn'])
@Index('shadowing_visit_lecturer_idx', ['lecturerId'])
@Check('shadowing_visit_kind_check', `"kind" IN ('CASE_SHADOWING','LEADERSHIP_TEAM','PRACTICE_OBSERVATION')`)
@Check('shadowing_visit_status_check', `"status" IN ('REQUESTED','APPROVED','DECLINED','COMPLETED','CANCELLED')`)
@Check('shadowing_visit_cancelled_by_check', `"cancelled_by" IN ('UNIVERSITY','COUNCIL')`)
@Check('shadowing_visit_planned_hours_check', `"planned_hours" > 0 AND "planned_hours" <= 12`)
@Check('shadowing_visit_hours_check', `"hours" > 0 AND "hours" <= 12`)
@Check('shadowing_visit_completed_check', `("status" = 'COMPLETED') = ("hours" IS NOT NULL AND "learning_summary" IS NOT NULL)`)
export class ShadowingVisit {
  @Field(() => ID, { description: 'The visit’s id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'university_id', type: 'uuid' })
  universityId: string;

  @ManyToOne(() => University, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'university_id' })
  universityRow?: University;

  @Column({ name: 'lecturer_id', type: 'uuid' })
  lecturerId: string;

  @ManyToOne(() => Lecturer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lecturer_id' })
  lecturerRow?: Lecturer;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Column({ name: 'host_team_id', type: 'uuid', nullable: true })
  hostTeamId: string | null;

  @Column({ name: 'host_practitioner_id', type: 'uuid', nullable: true })
  hostPractitionerId: string | null;

  @Field(() => ShadowingKind, { description: 'What the lecturer does in practice.' })
  @Column({ type: 'varchar', length: 30 })
  kind: ShadowingKind;

  @Field(() => DateScalar, { description: 'The day of the visit; it decides the academic year the visit counts in.' })
  @Column({ name: 'visit_on', type: 'date' })
  visitOn: string;

  @Field(() => Float, { description: 'Hours the lecturer plans to spend in practice: more than 0 and at most 12.' })
  @Column({ name: 'planned_hours', type: 'numeric', precision: 4, scale: 1, transformer: numericColumn })
  plannedHours: number;

  @Field({ description: 'What the lecturer hopes to learn. No details of people who use services.' })
  @Column({ type: 'varchar', length: 500 })
  purpose: string;

  @Field(() => ShadowingStatus, { description: 'Where the visit is in its workflow.' })
  @Column({ type: 'varchar', length: 20 })
  status: ShadowingStatus;

  @Field(() => String, { nullable: true, description: 'Why the council declined, or why either side cancelled.' })
  @Column({ name: 'decision_reason', type: 'varchar', length: 500, nullable: true })
  decisionReason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the host council approved or declined.' })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Field(() => Float, { nullable: true, description: 'Hours actually spent in practice, recorded on completion.' })
  @Column({ type: 'numeric', precision: 4, scale: 1, nullable: true, transformer: numericColumn })
  hours: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the lecturer learnt, in at most 1,000 characters. Never names or describes people who use services.',
  })
  @Column({ name: 'learning_summary', type: 'varchar', length: 1000, nullable: true })
  learningSummary: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the visit was recorded as done; null unless COMPLETED.' })
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Field(() => ShadowingSide, { nullable: true, description: 'Which side cancelled the visit; null unless CANCELLED.' })
  @Column({ name: 'cancelled_by', type: 'varchar', length: 20, nullable: true })
  cancelledBy: ShadowingSide | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the visit was cancelled; null unless CANCELLED.' })
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When the university asked for the visit.' })
  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
