import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { University } from './university.entity';

/** A university's membership of a partnership. Partnerships live in the councils subgraph: no foreign key. */
@Entity({ name: 'university_partnership' })
@Index('university_partnership_partnership_idx', ['partnershipId'])
export class UniversityPartnership {
  @PrimaryColumn({ name: 'university_id', type: 'uuid' })
  universityId: string;

  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => University, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'university_id' })
  university?: University;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;
}
