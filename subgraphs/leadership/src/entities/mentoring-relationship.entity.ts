/** A mentoring relationship: one mentee of a council and one mentor, a practitioner or a lecturer. */
import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '#hub/shared/scalars';
import { MentoringPurpose } from '../types/enums';

@ObjectType({ description: 'A practitioner mentored by a senior practitioner or by a lecturer.' })
@Entity({ name: 'mentoring_relationship' })
@Index('mentoring_relationship_mentee_council_idx', ['menteeCouncilId'])
@Index('mentoring_relationship_mentee_idx', ['menteePractitionerId'])
@Index('mentoring_relationship_mentor_lecturer_idx', ['mentorLecturerId'])
@Index('mentoring_relationship_mentor_practitioner_idx', ['mentorPractitionerId'])
@Check('mentoring_relationship_one_mentor_check', `("mentor_practitioner_id" IS NULL) <> ("mentor_lecturer_id" IS NULL)`)
@Check('mentoring_relationship_purpose_check', `"purpose" IN ('LEADERSHIP','CO_DELIVERY_OF_TEACHING','ASPIRING_MANAGER','OTHER')`)
@Check('mentoring_relationship_dates_check', `"ended_on" IS NULL OR "ended_on" >= "started_on"`)
export class MentoringRelationship {
  @Field(() => ID, { description: 'The mentoring relationship’s id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'mentee_practitioner_id', type: 'uuid' })
  menteePractitionerId: string;

  @Column({ name: 'mentee_council_id', type: 'uuid' })
  menteeCouncilId: string;

  @Column({ name: 'mentor_practitioner_id', type: 'uuid', nullable: true })
  mentorPractitionerId: string | null;

  @Column({ name: 'mentor_lecturer_id', type: 'uuid', nullable: true })
  mentorLecturerId: string | null;

  @Field(() => MentoringPurpose, { description: 'What the mentoring is for.' })
  @Column({ type: 'varchar', length: 30 })
  purpose: MentoringPurpose;

  @Field(() => DateScalar, { description: 'The day it started.' })
  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day it ended, its last day; null while it runs.' })
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
