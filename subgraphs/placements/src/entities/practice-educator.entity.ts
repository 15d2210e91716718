import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { DateScalar } from '#hub/shared/scalars';
import { PepsStage } from '../types/enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A practitioner on a partnership’s register of practice educators.' })
@Entity({ name: 'practice_educator' })
@Unique('practice_educator_partnership_practitioner_key', ['partnershipId', 'practitionerId'])
@Index('practice_educator_council_idx', ['councilId'])
@Index('practice_educator_practitioner_idx', ['practitionerId'])
@Check('practice_educator_stage_check', `"stage" IN ('STAGE_1','STAGE_2')`)
@Check('practice_educator_dates_check', `"approved_on" > "qualified_on"`)
export class PracticeEducator {
  @Field(() => ID, { description: 'The registration’s id: one per practitioner and partnership.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Column({ name: 'practitioner_id', type: 'uuid' })
  practitionerId: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Field(() => PepsStage, { description: 'The PEPS stage they are approved at now.' })
  @Column({ type: 'varchar', length: 10 })
  stage: PepsStage;

  @Field(() => DateScalar, { description: 'When the educator qualified as a social worker, for the post-qualifying experience rule.' })
  @Column({ name: 'qualified_on', type: 'date' })
  qualifiedOn: string;

  @Field(() => DateScalar, { description: 'When they were approved at their current stage.' })
  @Column({ name: 'approved_on', type: 'date' })
  approvedOn: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
