import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { ProgrammeRoute } from '../types/enums';
import { University } from './university.entity';

@ObjectType({ description: 'A qualifying social work programme a university runs, e.g. "MA Social Work".' })
@Entity({ name: 'programme' })
@Unique('programme_university_name_key', ['universityId', 'name'])
@Check('programme_route_check', `"route" IN ('BA','MA','STEP_UP','APPRENTICESHIP','OTHER')`)
export class Programme {
  @Field(() => ID, { description: 'The programme’s id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'university_id', type: 'uuid' })
  universityId: string;

  @ManyToOne(() => University, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'university_id' })
  universityRow?: University;

  @Field({ description: 'e.g. "MA Social Work"; unique within its university.' })
  @Column({ type: 'varchar', length: 160 })
  name: string;

  @Field(() => ProgrammeRoute, { description: 'The route to qualification it offers.' })
  @Column({ type: 'varchar', length: 20 })
  route: ProgrammeRoute;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
