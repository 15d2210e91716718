import { Field, ID, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  OneToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { DateScalar } from '#hub/shared/scalars';
import { QaplRating } from '../types/enums';
import { Placement } from './placement.entity';

@ObjectType({
  description: 'Quality Assurance in Practice Learning for one placement: the council completes it, the university scrutinises it.',
})
@Entity({ name: 'qapl_review' })
@Unique('qapl_review_placement_key', ['placementId'])
@Index('qapl_review_council_idx', ['councilId'])
@Check('qapl_review_rating_check', `"rating" IN ('MEETS_STANDARDS','PARTLY_MEETS_STANDARDS','DOES_NOT_MEET_STANDARDS')`)
export class QaplReview {
  @Field(() => ID, { description: 'The review’s id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  @OneToOne(() => Placement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'placement_id' })
  placementRow?: Placement;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Column({ name: 'university_id', type: 'uuid' })
  universityId: string;

  @Field(() => QaplRating, { description: 'How the placement measured up, in the council’s judgement.' })
  @Column({ type: 'varchar', length: 30 })
  rating: QaplRating;

  @Field({ description: 'What the council will do next; at most 1,000 characters, no details of people who use services.' })
  @Column({ type: 'varchar', length: 1000 })
  actions: string;

  @Field(() => DateScalar, { description: 'When the council completed the review.' })
  @Column({ name: 'completed_on', type: 'date' })
  completedOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'When the university scrutinised the review; null while outstanding.' })
  @Column({ name: 'scrutinised_on', type: 'date', nullable: true })
  scrutinisedOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The university’s notes from its scrutiny; null if it left none or has not scrutinised yet.',
  })
  @Column({ name: 'scrutiny_notes', type: 'varchar', length: 1000, nullable: true })
  scrutinyNotes: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
