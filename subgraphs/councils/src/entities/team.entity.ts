import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { ServiceArea } from '../types/enums';
import { Council } from './council.entity';

@Directive('@key(fields: "id")')
@ObjectType({ description: "A team within a council, e.g. a children's assessment team." })
@Entity({ name: 'team' })
@Unique('team_council_name_key', ['councilId', 'name'])
@Check(
  'team_service_area_check',
  `"service_area" IN ('CHILDREN_AND_FAMILIES','CHILD_PROTECTION','CHILDREN_IN_CARE','FOSTERING_AND_ADOPTION','LEAVING_CARE','ADULTS','MENTAL_HEALTH','LEARNING_DISABILITIES','HOSPITAL_DISCHARGE','WORKFORCE_DEVELOPMENT','OTHER')`,
)
export class Team {
  @Field(() => ID, { description: 'The team’s id, given when it was added.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @ManyToOne(() => Council, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id' })
  councilRow?: Council;

  @Field({ description: 'The team’s name: unique within its council, up to 120 characters.' })
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field(() => ServiceArea, { description: 'The area of social work the team works in.' })
  @Column({ name: 'service_area', type: 'varchar', length: 40 })
  serviceArea: ServiceArea;

  @Field({ description: 'Whether the team carries statutory social work duties (legal interventions).' })
  @Column({ type: 'boolean' })
  statutory: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
