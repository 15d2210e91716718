import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MembershipStatus } from '../../../membership-consent';
import { University } from './university.entity';

/**
 * One side's ask for a university to join a partnership, waiting for the other side's say-so. It
 * gives nobody any oversight: only a membership (university_partnership) does. Partnerships live
 * in the councils subgraph: no foreign key.
 */
@ObjectType({
  description:
    'A university invited to join a partnership, or asking to join one, and waiting for the other side to agree. Seen by the admins of either side.',
})
@Entity({ name: 'university_partnership_request' })
@Index('university_partnership_request_partnership_idx', ['partnershipId'])
@Check('university_partnership_request_status_check', `"status" IN ('INVITED','REQUESTED')`)
export class UniversityMembershipRequest {
  @PrimaryColumn({ name: 'university_id', type: 'uuid' })
  universityId: string;

  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => University, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'university_id' })
  university?: University;

  @Field(() => MembershipStatus, {
    description: 'INVITED when the partnership’s admins asked and the university’s must agree; REQUESTED the other way round.',
  })
  @Column({ type: 'varchar', length: 20 })
  status: MembershipStatus.INVITED | MembershipStatus.REQUESTED;

  @Field(() => GraphQLISODateTime, { description: 'When the side that asked did so.' })
  @CreateDateColumn({ name: 'asked_at', type: 'timestamptz' })
  askedAt: Date;
}
