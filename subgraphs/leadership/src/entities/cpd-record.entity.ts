import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { numericColumn } from '#hub/shared/numeric-column';
import { DateScalar } from '#hub/shared/scalars';
import { CpdType, PeerReflectionSetting } from '../types/enums';

@ObjectType({ description: 'A piece of continuing professional development, as Social Work England asks social workers to record it.' })
@Entity({ name: 'cpd_record' })
@Index('cpd_record_practitioner_completed_idx', ['practitionerId', 'completedOn'])
@Index('cpd_record_council_completed_idx', ['councilId', 'completedOn'])
@Check(
  'cpd_record_type_check',
  `"type" IN ('COURSE','READING','SUPERVISION','ACTION_LEARNING_SET','TEACHING','CONFERENCE','MASTERCLASS','OTHER')`,
)
@Check('cpd_record_setting_check', `"peer_reflection_setting" IN ('SUPERVISION','TEAM_REFLECTION','GROUP_SUPERVISION','OTHER')`)
@Check('cpd_record_peer_check', `("peer_reflection_setting" IS NULL) = NOT "peer_reflection"`)
@Check('cpd_record_hours_check', `"hours" > 0 AND "hours" <= 200`)
export class CpdRecord {
  @Field(() => ID, { description: 'The CPD record’s id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'practitioner_id', type: 'uuid' })
  practitionerId: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Field(() => CpdType, { description: 'The kind of learning.' })
  @Column({ type: 'varchar', length: 30 })
  type: CpdType;

  @Field({ description: 'A short title, at most 160 characters.' })
  @Column({ type: 'varchar', length: 160 })
  title: string;

  @Field(() => DateScalar, { description: 'The day it was completed; it counts in the registration year of that day.' })
  @Column({ name: 'completed_on', type: 'date' })
  completedOn: string;

  @Field(() => Float, { description: 'Hours spent, to one decimal place: more than 0, at most 200.' })
  @Column({ type: 'numeric', precision: 5, scale: 1, transformer: numericColumn })
  hours: number;

  @Field({ description: 'What was learnt; at most 1,000 characters, no details of people who use services.' })
  @Column({ type: 'varchar', length: 1000 })
  learning: string;

  @Field({ description: 'The difference it made to practice; at most 1,000 characters.' })
  @Column({ type: 'varchar', length: 1000 })
  impact: string;

  @Field({ description: 'Whether it was discussed with a peer.' })
  @Column({ name: 'peer_reflection', type: 'boolean' })
  peerReflection: boolean;

  @Field(() => PeerReflectionSetting, { nullable: true, description: 'Where it was discussed with a peer; null when it was not.' })
  @Column({ name: 'peer_reflection_setting', type: 'varchar', length: 30, nullable: true })
  peerReflectionSetting: PeerReflectionSetting | null;

  @Field(() => ID, { nullable: true, description: 'A teaching session in the universities subgraph this CPD came from, by id.' })
  @Column({ name: 'teaching_session_id', type: 'uuid', nullable: true })
  teachingSessionId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
