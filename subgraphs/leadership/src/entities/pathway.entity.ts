import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PathwayKind } from '../types/enums';

@ObjectType({ description: 'A development pathway with ordered stages, owned by a council or by a partnership.' })
@Entity({ name: 'pathway' })
@Check('pathway_kind_check', `"kind" IN ('ASYE','ASPIRING_MANAGER','PRACTICE_LEADER','ADVANCED_PRACTITIONER','PRACTICE_EDUCATOR','OTHER')`)
@Check('pathway_one_owner_check', `("owner_council_id" IS NULL) <> ("owner_partnership_id" IS NULL)`)
export class Pathway {
  @Field(() => ID, { description: 'The pathway’s id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'The pathway’s name, at most 160 characters.' })
  @Column({ type: 'varchar', length: 160 })
  name: string;

  @Field(() => PathwayKind, { description: 'What it prepares practitioners for.' })
  @Column({ type: 'varchar', length: 30 })
  kind: PathwayKind;

  @Column({ name: 'owner_council_id', type: 'uuid', nullable: true })
  ownerCouncilId: string | null;

  @Column({ name: 'owner_partnership_id', type: 'uuid', nullable: true })
  ownerPartnershipId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
