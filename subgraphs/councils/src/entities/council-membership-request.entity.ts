import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MembershipStatus } from '../../../membership-consent';
import { Council } from './council.entity';
import { Partnership } from './partnership.entity';

/**
 * One side's ask for a council to join a partnership, waiting for the other side's say-so. It
 * gives nobody any access: only a membership (partnership_council) does.
 */
@ObjectType({
  description:
    'A council invited to join a partnership, or asking to join one, and waiting for the other side to agree. Seen by the admins of either side.',
})
@Entity({ name: 'partnership_council_request' })
@Index('partnership_council_request_council_idx', ['councilId'])
@Check('partnership_council_request_status_check', `"status" IN ('INVITED','REQUESTED')`)
export class CouncilMembershipRequest {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @PrimaryColumn({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: Partnership;

  @ManyToOne(() => Council, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'council_id' })
  council?: Council;

  @Field(() => MembershipStatus, {
    description: 'INVITED when the partnership’s admins asked and the council’s must agree; REQUESTED the other way round.',
  })
  @Column({ type: 'varchar', length: 20 })
  status: MembershipStatus.INVITED | MembershipStatus.REQUESTED;

  @Field(() => GraphQLISODateTime, { description: 'When the side that asked did so.' })
  @CreateDateColumn({ name: 'asked_at', type: 'timestamptz' })
  askedAt: Date;
}
