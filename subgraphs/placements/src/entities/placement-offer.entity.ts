import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AcademicYearScalar, DateScalar } from '#hub/shared/scalars';
import { PLACEMENT_DAYS, isStatutorySetting } from '../rules/placement-days';
import { PlacementLevel, PlacementSetting } from '../types/enums';
import { PracticeEducator } from './practice-educator.entity';

@ObjectType({ description: 'Places a council offers the partnership’s students in one team for one academic year.' })
@Entity({ name: 'placement_offer' })
@Index('placement_offer_council_year_idx', ['councilId', 'academicYear'])
@Index('placement_offer_partnership_year_idx', ['partnershipId', 'academicYear'])
@Check('placement_offer_setting_check', `"setting" IN ('STATUTORY_CHILDREN','STATUTORY_ADULTS','OTHER_STATUTORY','VOLUNTARY_OR_PRIVATE')`)
@Check('placement_offer_level_check', `"level" IN ('FIRST','FINAL')`)
@Check('placement_offer_capacity_check', `"capacity" BETWEEN 1 AND 20`)
@Check('placement_offer_dates_check', `"ends_on" > "starts_on"`)
export class PlacementOffer {
  @Field(() => ID, { description: 'The offer’s id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @Field(() => AcademicYearScalar, { description: 'The academic year its places count in for supply; it starts within that year.' })
  @Column({ name: 'academic_year', type: 'varchar', length: 7 })
  academicYear: string;

  @Field(() => PlacementSetting, { description: 'The setting of its placements.' })
  @Column({ type: 'varchar', length: 30 })
  setting: PlacementSetting;

  @Field(() => PlacementLevel, { description: 'First or final placements.' })
  @Column({ type: 'varchar', length: 10 })
  level: PlacementLevel;

  @Field(() => Int, { description: 'Students the team can take at once.' })
  @Column({ type: 'int' })
  capacity: number;

  @Field(() => DateScalar, { description: 'The planned first day of its placements.' })
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Field(() => DateScalar, { description: 'The planned last day of its placements, after startsOn.' })
  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column({ name: 'practice_educator_id', type: 'uuid', nullable: true })
  practiceEducatorId: string | null;

  @ManyToOne(() => PracticeEducator, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'practice_educator_id' })
  practiceEducatorRow?: PracticeEducator | null;

  @Field({ description: 'Whether the setting involves statutory tasks with legal interventions.' })
  get statutory(): boolean {
    return isStatutorySetting(this.setting);
  }

  @Field(() => Int, { description: 'Days of practice the level asks for: 70 for a first placement, 100 for a final one.' })
  get requiredDays(): number {
    return PLACEMENT_DAYS[this.level];
  }

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
