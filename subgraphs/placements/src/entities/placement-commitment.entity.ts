import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { AcademicYearScalar } from '#hub/shared/scalars';

@ObjectType({ description: 'The statutory places a council promises a partnership for an academic year.' })
@Entity({ name: 'placement_commitment' })
@Unique('placement_commitment_key', ['partnershipId', 'councilId', 'academicYear'])
@Check('placement_commitment_places_check', `"statutory_places" BETWEEN 0 AND 500`)
export class PlacementCommitment {
  @Field(() => ID, { description: 'The commitment’s id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Field(() => AcademicYearScalar, { description: 'The academic year promised for.' })
  @Column({ name: 'academic_year', type: 'varchar', length: 7 })
  academicYear: string;

  @Field(() => Int, { description: 'Statutory places promised, 0 to 500.' })
  @Column({ name: 'statutory_places', type: 'int' })
  statutoryPlaces: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
