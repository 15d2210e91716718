import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '#hub/shared/scalars';
import { MentoringRelationship } from './mentoring-relationship.entity';

@ObjectType({ description: 'One mentoring conversation. Topics never describe people who use services.' })
@Entity({ name: 'mentoring_session' })
@Index('mentoring_session_relationship_idx', ['relationshipId', 'heldOn'])
@Check('mentoring_session_minutes_check', `"minutes" BETWEEN 5 AND 480`)
export class MentoringSession {
  @Field(() => ID, { description: 'The session’s id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'relationship_id', type: 'uuid' })
  relationshipId: string;

  @ManyToOne(() => MentoringRelationship, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'relationship_id' })
  relationship?: MentoringRelationship;

  @Field(() => DateScalar, { description: 'The day it was held, while the mentoring ran.' })
  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Field(() => Int, { description: 'How long it lasted: 5 to 480 minutes.' })
  @Column({ type: 'int' })
  minutes: number;

  @Field({ description: 'At most 500 characters; no details of people who use services.' })
  @Column({ type: 'varchar', length: 500 })
  topics: string;
}
