import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Partnership } from './partnership.entity';

/** A university's membership of a partnership. Universities live in their own subgraph: no foreign key. */
@Entity({ name: 'partnership_university' })
export class PartnershipUniversity {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @PrimaryColumn({ name: 'university_id', type: 'uuid' })
  universityId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: Partnership;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;
}
