import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { UkprnScalar } from '../types/scalars';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A university (higher education provider) that trains social workers.' })
@Entity({ name: 'university' })
@Unique('university_ukprn_key', ['ukprn'])
export class University {
  @Field(() => ID, { description: 'Derived from the UKPRN, so it is the same in every environment.' })
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => UkprnScalar, { description: 'UK Provider Reference Number; fixed once recorded.' })
  @Column({ type: 'varchar', length: 8 })
  ukprn: string;

  @Field({ description: 'The university’s name; lists of universities are in this order.' })
  @Column({ type: 'varchar', length: 160 })
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
