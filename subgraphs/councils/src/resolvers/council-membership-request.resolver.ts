import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CouncilsContext } from '../context';
import { CouncilMembershipRequest } from '../entities/council-membership-request.entity';
import { Council } from '../entities/council.entity';
import { Partnership } from '../entities/partnership.entity';

@Resolver(() => CouncilMembershipRequest)
export class CouncilMembershipRequestResolver {
  @FieldResolver(() => Partnership, { description: 'The partnership the council would join.' })
  async partnership(@Root() request: CouncilMembershipRequest, @Ctx() { loaders }: CouncilsContext) {
    return loaders.partnershipById.load(request.partnershipId);
  }

  @FieldResolver(() => Council, { description: 'The council that would join.' })
  async council(@Root() request: CouncilMembershipRequest, @Ctx() { loaders }: CouncilsContext) {
    return loaders.councilById.load(request.councilId);
  }
}
