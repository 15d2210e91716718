import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { KssFramework } from '../types/enums';

@ObjectType({
  description: 'A heading of the Knowledge and Skills Statements or post-qualifying standards: reference data pathway stages link to.',
})
@Entity({ name: 'kss_standard' })
@Unique('kss_standard_framework_code_key', ['framework', 'code'])
@Check(
  'kss_standard_framework_check',
  `"framework" IN ('CHILD_AND_FAMILY_PRACTITIONER','PRACTICE_SUPERVISOR','PRACTICE_LEADER','ADULT_SOCIAL_WORK')`,
)
export class KssStandard {
  @Field(() => ID, { description: 'The heading’s id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => KssFramework, { description: 'The framework it belongs to.' })
  @Column({ type: 'varchar', length: 40 })
  framework: KssFramework;

  @Field({ description: 'A short code within the framework, e.g. "CF1".' })
  @Column({ type: 'varchar', length: 12 })
  code: string;

  @Field({ description: 'The heading’s wording, at most 200 characters.' })
  @Column({ type: 'varchar', length: 200 })
  heading: string;
}
