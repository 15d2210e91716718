import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { isAggregateOnly } from '#hub/shared/aggregate-only';
import type { PlacementsContext } from '../context';
import { PracticeEducator } from '../entities/practice-educator.entity';
import { PepsStage } from '../types/enums';
import { Practitioner } from '../types/practitioner';

@Resolver(() => Practitioner)
export class PractitionerResolver {
  @FieldResolver(() => PracticeEducator, {
    nullable: true,
    description:
      'Their practice educator registration: the highest stage, most recently approved, if they are on any partnership’s register. Null for dashboard_viewer.',
  })
  async practiceEducator(
    @Root() practitioner: Practitioner,
    @Ctx() { principal, loaders }: PlacementsContext,
  ): Promise<PracticeEducator | null> {
    if (isAggregateOnly(principal)) return null;
    const registrations = await loaders.educatorsByPractitioner.load(practitioner.id);
    const rank = (educator: PracticeEducator) => `${educator.stage === PepsStage.STAGE_2 ? 2 : 1}${educator.approvedOn}`;
    return registrations.reduce<PracticeEducator | null>(
      (best, educator) => (!best || rank(educator) > rank(best) ? educator : best),
      null,
    );
  }
}
