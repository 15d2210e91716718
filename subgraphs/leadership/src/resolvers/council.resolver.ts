import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { LeadershipContext } from '../context';
import { Council } from '../types/council';
import { LeadershipProgress } from '../types/figures';
import { leadershipProgressOf } from './leadership-progress';

@Resolver(() => Council)
export class CouncilResolver {
  @FieldResolver(() => LeadershipProgress, {
    description:
      'Leadership-pathway progress per pathway and stage, the ASYE cohort, CPD compliance and mentoring, for this council’s own admins. Partnerships see the roll-up on Partnership.leadershipProgress.',
  })
  leadershipProgress(@Root() council: Council, @Ctx() context: LeadershipContext): Promise<LeadershipProgress> {
    context.loaders.scope.assertCouncilAdmin(council.id, 'see its leadership progress');
    return leadershipProgressOf([council.id], council, 0, context);
  }
}
