import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@ObjectType({ description: 'The placement rules a partnership chooses; a partnership with no row gets the defaults.' })
@Entity({ name: 'placement_settings' })
@Check('placement_settings_statutory_check', `"statutory_placements_required" BETWEEN 1 AND 2`)
@Check('placement_settings_stage_two_years_check', `"stage_two_min_years_qualified" BETWEEN 2 AND 5`)
export class PlacementSettings {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Field(() => Int, { description: 'Statutory placements each student needs: 1 by default, 2 where the partnership promises two.' })
  @Column({ name: 'statutory_placements_required', type: 'int', default: 1 })
  statutoryPlacementsRequired: number;

  @Field(() => Int, { description: 'Years since qualifying a stage 2 practice educator needs: 2 by default, some partnerships ask 3.' })
  @Column({ name: 'stage_two_min_years_qualified', type: 'int', default: 2 })
  stageTwoMinYearsQualified: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
