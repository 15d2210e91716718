/** The practice educator registration this subgraph adds to a practitioner, whom the councils subgraph owns. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { isAggregateOnly } from '#hub/shared/aggregate-only';
import type { PlacementsContext } from '../context';
import { PracticeEducator } from '../entities/practice-educator.entity';
import { standingRegistration } from '../rules/educator-register';
import { Practitioner } from '../types/practitioner';

@Resolver(() => Practitioner)
export class PractitionerPlacementsResolver {
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
    return standingRegistration(await loaders.educatorsByPractitioner.load(practitioner.id));
  }
}
