import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { University } from './university.entity';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A member of a university’s social work teaching staff.' })
@Entity({ name: 'lecturer' })
@Index('lecturer_university_family_name_idx', ['universityId', 'familyName'])
export class Lecturer {
  @Field(() => ID, { description: 'The lecturer’s id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'university_id', type: 'uuid' })
  universityId: string;

  @ManyToOne(() => University, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'university_id' })
  universityRow?: University;

  @Field({ description: 'Their given name.' })
  @Column({ name: 'given_name', type: 'varchar', length: 80 })
  givenName: string;

  @Field({ description: 'Their family name; lists of lecturers are in this order.' })
  @Column({ name: 'family_name', type: 'varchar', length: 80 })
  familyName: string;

  @Field({ description: 'e.g. "Senior Lecturer in Social Work".' })
  @Column({ name: 'job_title', type: 'varchar', length: 120 })
  jobTitle: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
