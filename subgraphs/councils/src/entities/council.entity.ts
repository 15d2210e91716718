import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { DateScalar } from '#hub/shared/scalars';
import { OfstedRating, Region } from '../types/enums';
import { GssCodeScalar } from '../types/scalars';

@Directive('@key(fields: "id")')
@ObjectType({ description: "A local authority with children's or adults' social work services." })
@Entity({ name: 'council' })
@Unique('council_gss_code_key', ['gssCode'])
@Check(
  'council_region_check',
  `"region" IN ('NORTH_EAST','NORTH_WEST','YORKSHIRE_AND_THE_HUMBER','EAST_MIDLANDS','WEST_MIDLANDS','EAST_OF_ENGLAND','LONDON','SOUTH_EAST','SOUTH_WEST')`,
)
@Check('council_ofsted_rating_check', `"ofsted_rating" IN ('OUTSTANDING','GOOD','REQUIRES_IMPROVEMENT','INADEQUATE')`)
export class Council {
  @Field(() => ID, { description: 'Derived from the GSS code, so it is the same in every environment.' })
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => GssCodeScalar, { description: 'ONS GSS code; fixed once the council exists.' })
  @Column({ name: 'gss_code', type: 'varchar', length: 9 })
  gssCode: string;

  @Field({ description: 'The council’s name, e.g. Birmingham City Council; up to 120 characters.' })
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field(() => Region, { description: 'The English region the council is in.' })
  @Column({ type: 'varchar', length: 40 })
  region: Region;

  @Field(() => OfstedRating, {
    nullable: true,
    description: 'The overall grade of the council’s last Ofsted inspection; null when none is recorded (then ofstedRatedOn is null too).',
  })
  @Column({ name: 'ofsted_rating', type: 'varchar', length: 30, nullable: true })
  ofstedRating: OfstedRating | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the inspection that gave ofstedRating was published.' })
  @Column({ name: 'ofsted_rated_on', type: 'date', nullable: true })
  ofstedRatedOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
