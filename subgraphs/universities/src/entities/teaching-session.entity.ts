import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TeachingSessionKind } from '../types/enums';
import { University } from './university.entity';

@ObjectType({
  description:
    'A seminar, lecture, masterclass, workshop or conference session a university runs. It is co-delivered when at least one lecturer and one council practitioner facilitate it.',
})
@Entity({ name: 'teaching_session' })
@Index('teaching_session_university_starts_at_idx', ['universityId', 'startsAt'])
@Check('teaching_session_kind_check', `"kind" IN ('SEMINAR','LECTURE','MASTERCLASS','WORKSHOP','CONFERENCE_SESSION')`)
@Check('teaching_session_duration_check', `"duration_minutes" BETWEEN 15 AND 480`)
@Check('teaching_session_capacity_check', `"capacity" BETWEEN 1 AND 500`)
export class TeachingSession {
  @Field(() => ID, { description: 'The session’s id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'university_id', type: 'uuid' })
  universityId: string;

  @ManyToOne(() => University, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'university_id' })
  universityRow?: University;

  @Field({ description: 'The session’s title, as published.' })
  @Column({ type: 'varchar', length: 160 })
  title: string;

  @Field({ description: 'e.g. "Contextual safeguarding" or "Mental Capacity Act".' })
  @Column({ type: 'varchar', length: 160 })
  topic: string;

  @Field(() => TeachingSessionKind, { description: 'The format of the session.' })
  @Column({ type: 'varchar', length: 20 })
  kind: TeachingSessionKind;

  @Field(() => GraphQLISODateTime, { description: 'When it starts. Its date in England decides its academic year.' })
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Field(() => Int, { description: 'How long it lasts, in minutes: 15 to 480.' })
  @Column({ name: 'duration_minutes', type: 'int' })
  durationMinutes: number;

  @Field({ description: 'A room and building, a council office, or "Online".' })
  @Column({ type: 'varchar', length: 160 })
  place: string;

  @Field(() => Int, { description: 'Most attendees (students and practitioners together) the session takes.' })
  @Column({ type: 'int' })
  capacity: number;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the session was called off; cancelled sessions count in no figures.',
  })
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
