import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { numericColumn } from '#hub/shared/numeric-column';
import { DateScalar } from '#hub/shared/scalars';
import { Council } from './council.entity';

@ObjectType({
  description:
    "A council's social work workforce return as at a census date (30 September), in FTE. FTE figures above 0 and below 5, and figures that would give them away, are null and named in `suppressed`, except for the admins of the council.",
})
@Entity({ name: 'workforce_snapshot' })
@Unique('workforce_snapshot_council_census_key', ['councilId', 'censusDate'])
@Check('workforce_snapshot_figures_check', `"permanent_fte" >= 0 AND "agency_fte" >= 0 AND "vacancy_fte" >= 0 AND "leaver_fte" >= 0`)
export class WorkforceSnapshot {
  @Field(() => ID, { description: 'The workforce return’s id, given when it was recorded.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @ManyToOne(() => Council, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id' })
  councilRow?: Council;

  @Field(() => DateScalar, {
    description: 'The census date the figures are as at: 30 September of the year. A council has one return per census date.',
  })
  @Column({ name: 'census_date', type: 'date' })
  censusDate: string;

  @Column({ name: 'permanent_fte', type: 'numeric', precision: 8, scale: 1, transformer: numericColumn })
  permanentFte: number;

  @Column({ name: 'agency_fte', type: 'numeric', precision: 8, scale: 1, transformer: numericColumn })
  agencyFte: number;

  @Column({ name: 'vacancy_fte', type: 'numeric', precision: 8, scale: 1, transformer: numericColumn })
  vacancyFte: number;

  @Column({ name: 'leaver_fte', type: 'numeric', precision: 8, scale: 1, transformer: numericColumn })
  leaverFte: number;

  @Column({ name: 'average_caseload', type: 'numeric', precision: 5, scale: 1, nullable: true, transformer: numericColumn })
  averageCaseload: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
