import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'A partnership’s leadership and CPD expectations; a partnership with no row gets the defaults.' })
@Entity({ name: 'leadership_settings' })
@Check('leadership_settings_days_check', `"min_learning_days" BETWEEN 0 AND 30`)
export class LeadershipSettings {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Field(() => Int, {
    description:
      'Learning and development days a practitioner is expected to record each registration year: 0 (no minimum) by default; Leeds asks for 5.',
  })
  @Column({ name: 'min_learning_days', type: 'int', default: 0 })
  minLearningDays: number;
}
