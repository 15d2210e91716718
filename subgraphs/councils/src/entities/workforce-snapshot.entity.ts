import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { numericColumn } from '../../../../shared/numeric-column';
import { DateScalar } from '../../../../shared/scalars';
import { Council } from './council.entity';

@ObjectType({ description: "A council's social work workforce return as at a census date (30 September), in FTE." })
@Entity({ name: 'workforce_snapshot' })
@Unique('workforce_snapshot_council_census_key', ['councilId', 'censusDate'])
@Check('workforce_snapshot_figures_check', `"permanent_fte" >= 0 AND "agency_fte" >= 0 AND "vacancy_fte" >= 0 AND "leaver_fte" >= 0`)
export class WorkforceSnapshot {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @ManyToOne(() => Council, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id' })
  councilRow?: Council;

  @Field(() => DateScalar)
  @Column({ name: 'census_date', type: 'date' })
  censusDate: string;

  @Field(() => Float, { description: 'Social workers employed by the council (FTE).' })
  @Column({ name: 'permanent_fte', type: 'numeric', precision: 8, scale: 1, transformer: numericColumn })
  permanentFte: number;

  @Field(() => Float, { description: 'Agency social workers (FTE).' })
  @Column({ name: 'agency_fte', type: 'numeric', precision: 8, scale: 1, transformer: numericColumn })
  agencyFte: number;

  @Field(() => Float, { description: 'Vacant social worker posts (FTE).' })
  @Column({ name: 'vacancy_fte', type: 'numeric', precision: 8, scale: 1, transformer: numericColumn })
  vacancyFte: number;

  @Field(() => Float, { description: 'Social workers who left in the year to the census date (FTE).' })
  @Column({ name: 'leaver_fte', type: 'numeric', precision: 8, scale: 1, transformer: numericColumn })
  leaverFte: number;

  @Field(() => Float, { nullable: true, description: 'Average caseload per case-holding social worker.' })
  @Column({ name: 'average_caseload', type: 'numeric', precision: 5, scale: 1, nullable: true, transformer: numericColumn })
  averageCaseload: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
