import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Council } from './council.entity';
import { Partnership } from './partnership.entity';

/** A council's membership of a partnership. */
@Entity({ name: 'partnership_council' })
@Index('partnership_council_council_idx', ['councilId'])
export class PartnershipCouncil {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @PrimaryColumn({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: Partnership;

  @ManyToOne(() => Council, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id' })
  council?: Council;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;
}
