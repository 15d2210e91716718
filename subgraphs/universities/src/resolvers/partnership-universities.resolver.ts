/** What this subgraph adds to the councils subgraph's Partnership: its member universities, the universities asked or asking to join, and their teaching figures. */
import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { academicYearOf } from '#hub/shared/academic-year';
import { AcademicYearScalar } from '#hub/shared/scalars';
import type { UniversitiesContext } from '../context';
import { UniversityMembershipRequest } from '../entities/university-membership-request.entity';
import { University } from '../entities/university.entity';
import { partnershipTeaching } from '../services/partnership-teaching';
import { PartnershipTeachingFigures } from '../types/figures';
import { Partnership } from '../types/partnership';

@Resolver(() => Partnership)
export class PartnershipUniversitiesResolver {
  @FieldResolver(() => [University], { nullable: true, description: 'Member universities, in name order.' })
  async universities(@Root() partnership: Partnership, @Ctx() { loaders }: UniversitiesContext): Promise<University[]> {
    const ids = await loaders.universityIdsByPartnership.load(partnership.id);
    return (await loaders.universityById.loadMany(ids)).filter((row): row is University => row instanceof University);
  }

  @FieldResolver(() => [UniversityMembershipRequest], {
    nullable: true,
    description:
      'Universities invited to join or asking to join, not members yet, in name order: all of them for the partnership’s admins, a university’s own for its admins, none for anyone else.',
  })
  async universityRequests(@Root() partnership: Partnership, @Ctx() { loaders }: UniversitiesContext) {
    const requests = await loaders.membershipRequestsByPartnership.load(partnership.id);
    return requests.filter((request) => loaders.scope.canSeeMembershipRequest(request));
  }

  @Directive('@requires(fields: "councils { id }")')
  @FieldResolver(() => PartnershipTeachingFigures, {
    nullable: true,
    description: 'Teaching and shadowing by the member universities in an academic year (this one if not given), in total and per council.',
  })
  async teaching(
    @Root() partnership: Partnership,
    @Ctx() context: UniversitiesContext,
    @Arg('academicYear', () => AcademicYearScalar, {
      nullable: true,
      description: 'The academic year to count, e.g. 2025/26; the current one when not given.',
    })
    academicYear?: string,
  ): Promise<PartnershipTeachingFigures> {
    return partnershipTeaching(partnership, academicYear ?? academicYearOf(context.today), context);
  }
}
