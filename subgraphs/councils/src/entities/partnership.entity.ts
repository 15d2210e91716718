import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A teaching partnership of councils and universities.' })
@Entity({ name: 'partnership' })
@Unique('partnership_name_key', ['name'])
export class Partnership {
  @Field(() => ID, { description: 'The partnership’s id, given when it was started.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'The partnership’s name: unique in the hub, up to 160 characters.' })
  @Column({ type: 'varchar', length: 160 })
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
