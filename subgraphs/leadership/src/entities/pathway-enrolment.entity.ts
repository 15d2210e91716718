import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Pause } from '../rules/calendar';
import { DateScalar } from '#hub/shared/scalars';
import { EnrolmentStatus } from '../types/enums';
import { Pathway } from './pathway.entity';

/** A stage signed off: by whom (the token's subject), when, and on what evidence. */
export interface StageSignOffRow {
  readonly position: number;
  readonly signedOffOn: string;
  readonly signedOffBy: string;
  readonly evidenceNote: string;
}

/**
 * A practitioner on a pathway. Pauses and sign-offs are small lists that belong to the enrolment
 * and are always read with it, so they are kept on its row.
 */
@ObjectType({ description: 'A practitioner’s progress on a pathway.' })
@Entity({ name: 'pathway_enrolment' })
@Index('pathway_enrolment_council_idx', ['councilId'])
@Index('pathway_enrolment_practitioner_idx', ['practitionerId'])
@Index('pathway_enrolment_current_key', ['pathwayId', 'practitionerId'], { unique: true, where: `"status" IN ('ACTIVE','PAUSED')` })
@Check('pathway_enrolment_status_check', `"status" IN ('ACTIVE','PAUSED','WITHDRAWN','COMPLETED')`)
export class PathwayEnrolment {
  @Field(() => ID, { description: 'The enrolment’s id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'pathway_id', type: 'uuid' })
  pathwayId: string;

  @ManyToOne(() => Pathway, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pathway_id' })
  pathwayRow?: Pathway;

  @Column({ name: 'practitioner_id', type: 'uuid' })
  practitionerId: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Field(() => DateScalar, { description: 'The day they started on the pathway.' })
  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Field(() => Int, { description: 'The stage being worked on; past the last stage once completed.' })
  @Column({ name: 'current_position', type: 'int', default: 1 })
  currentPosition: number;

  @Field(() => DateScalar, { description: 'When work on the current stage began: the start, or the last sign-off.' })
  @Column({ name: 'stage_started_on', type: 'date' })
  stageStartedOn: string;

  @Field(() => EnrolmentStatus, { description: 'Whether it is active, paused, withdrawn or completed.' })
  @Column({ type: 'varchar', length: 20 })
  status: EnrolmentStatus;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  pauses: Pause[];

  @Column({ name: 'sign_offs', type: 'jsonb', default: () => "'[]'" })
  signOffs: StageSignOffRow[];

  @Field(() => DateScalar, { nullable: true, description: 'When it completed or was withdrawn.' })
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
