import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { UniversitiesContext } from '../context';
import { UniversityMembershipRequest } from '../entities/university-membership-request.entity';
import { University } from '../entities/university.entity';
import { Partnership } from '../types/partnership';

@Resolver(() => UniversityMembershipRequest)
export class UniversityMembershipRequestResolver {
  @FieldResolver(() => Partnership, {
    nullable: true,
    description: 'The partnership the university would join; the councils subgraph says which.',
  })
  partnership(@Root() request: UniversityMembershipRequest): Partnership {
    return { id: request.partnershipId };
  }

  @FieldResolver(() => University, { description: 'The university that would join.' })
  async university(@Root() request: UniversityMembershipRequest, @Ctx() { loaders }: UniversitiesContext) {
    return loaders.universityById.load(request.universityId);
  }
}
