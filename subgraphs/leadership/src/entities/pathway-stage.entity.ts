import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PcfLevel } from '../types/enums';
import { KssStandard } from './kss-standard.entity';
import { Pathway } from './pathway.entity';

@ObjectType({ description: 'One stage of a pathway, with the PCF level it aims at and how long it usually takes.' })
@Entity({ name: 'pathway_stage' })
@Unique('pathway_stage_position_key', ['pathwayId', 'position'])
@Check('pathway_stage_months_check', `"expected_months" BETWEEN 1 AND 60`)
export class PathwayStage {
  @Field(() => ID, { description: 'The stage’s id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'pathway_id', type: 'uuid' })
  pathwayId: string;

  @ManyToOne(() => Pathway, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pathway_id' })
  pathway?: Pathway;

  @Field(() => Int, { description: '1 for the first stage.' })
  @Column({ type: 'int' })
  position: number;

  @Field({ description: 'The stage’s name, at most 160 characters.' })
  @Column({ type: 'varchar', length: 160 })
  name: string;

  @Field(() => PcfLevel, { description: 'The PCF level the stage aims at.' })
  @Column({ name: 'target_pcf_level', type: 'varchar', length: 40 })
  targetPcfLevel: PcfLevel;

  @Field(() => Int, {
    description: 'How long the stage usually takes, in months (1 to 60); longer than this, not counting pauses, is overdue.',
  })
  @Column({ name: 'expected_months', type: 'int' })
  expectedMonths: number;

  @ManyToMany(() => KssStandard)
  @JoinTable({ name: 'pathway_stage_kss', joinColumn: { name: 'stage_id' }, inverseJoinColumn: { name: 'kss_standard_id' } })
  kssStandards?: KssStandard[];
}
