import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { forbidden, UserErrors } from '#hub/shared/errors';
import { checkText } from '#hub/shared/input-checks';
import { decodeCursor, fetchPage, PageArgs, pageSize, toConnection } from '#hub/shared/pagination';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import { type UniqueConflict, insertNew, updateFields, writeInTransaction } from '#hub/shared/write';
import { MembershipStatus } from '../../../membership-consent';
import type { CouncilsContext } from '../context';
import { Council } from '../entities/council.entity';
import { CouncilMembershipRequest } from '../entities/council-membership-request.entity';
import { Partnership } from '../entities/partnership.entity';
import { loadManagedPartnership } from '../services/managed-partnership';
import { loadPartnershipHeadcount } from '../services/partnership-headcount';
import { askToJoin, askToJoinAsNew, findMembershipParties, leave, membershipSides } from '../services/partnership-membership';
import { PartnershipConnection } from '../types/connections';
import { Headcount } from '../types/headcount';
import { PartnershipCouncilInput, PartnershipCreateInput, PartnershipRenameInput } from '../types/partnership.inputs';
import { PartnershipCouncilPayload, PartnershipPayload } from '../types/payloads';

const NAME_TAKEN: UniqueConflict = {
  field: 'name',
  code: 'PARTNERSHIP_NAME_TAKEN',
  message: 'A partnership with this name already exists.',
};

@Resolver(() => Partnership)
export class PartnershipResolver {
  @Query(() => Partnership, { nullable: true, description: 'One partnership, by id; null when there is none with that id.' })
  partnership(@Arg('id', () => ID, { description: 'The partnership’s id.' }) id: string, @Ctx() { loaders }: CouncilsContext) {
    return loaders.partnershipById.load(id);
  }

  @Query(() => PartnershipConnection, { description: 'Partnerships in name order.' })
  async partnerships(@Args() page: PageArgs, @Ctx() { dataSource }: CouncilsContext) {
    const query = dataSource.getRepository(Partnership).createQueryBuilder('partnership');
    const result = await fetchPage(query, { sortProperty: 'name', first: pageSize(page.first), cursor: decodeCursor(page.after) });
    return toConnection(result, (partnership) => partnership.name);
  }

  @Mutation(() => PartnershipPayload, {
    description:
      'Start a partnership (partnership admins). Its admins are those whose tokens name it. Councils you are also council admin of join at once; the others are invited.',
  })
  async partnershipCreate(
    @Arg('input', { description: 'The new partnership’s name and the councils to join it.' }) input: PartnershipCreateInput,
    @Ctx() { principal, loaders, dataSource }: CouncilsContext,
  ) {
    principal.requireRole('partnership_admin');
    const errors = new UserErrors();
    const name = checkText(errors, 'name', input.name, 160);
    const councilIds = [...new Set(input.councilIds ?? [])];
    const councils = await loaders.councilById.loadMany(councilIds);
    councils.forEach((council, index) => {
      if (!(council instanceof Council)) errors.add('councilIds', 'NOT_FOUND', `No council has id ${councilIds[index]}.`);
    });
    if (errors.any) return refused('partnership', errors.list);

    const written = await writeInTransaction(
      dataSource,
      async (manager) => {
        const partnership = await insertNew(manager, Partnership, { name });
        // Whoever starts a partnership speaks for it until their token names it.
        for (const councilId of councilIds) {
          const sides = { partnership: true, member: principal.usesCouncilAdminRightsOf(councilId) };
          await askToJoinAsNew(manager, { partnershipId: partnership.id, councilId }, sides);
        }
        return partnership;
      },
      { partnership_name_key: NAME_TAKEN },
    );
    return written.ok ? succeeded('partnership', written.value) : refused('partnership', written.userErrors);
  }

  @Mutation(() => PartnershipPayload, { description: 'Rename a partnership (its admins).' })
  async partnershipRename(
    @Arg('input', { description: 'The partnership and its new name.' }) input: PartnershipRenameInput,
    @Ctx() context: CouncilsContext,
  ) {
    const partnership = await loadManagedPartnership(input.id, 'id', context);
    if (!(partnership instanceof Partnership)) return partnership;
    const errors = new UserErrors();
    const name = checkText(errors, 'name', input.name, 160);
    if (errors.any) return refused('partnership', errors.list);
    const written = await writeInTransaction(
      context.dataSource,
      (manager) => updateFields(manager, Partnership, partnership.id, { name }),
      {
        partnership_name_key: NAME_TAKEN,
      },
    );
    return written.ok ? succeeded('partnership', written.value) : refused('partnership', written.userErrors);
  }

  @Mutation(() => PartnershipCouncilPayload, {
    description:
      'Ask for a council to join a partnership, as an admin of the partnership (an invitation) or of the council (a request). It joins when the other side asks too, at once for a token that administers both; asking again is harmless.',
  })
  async partnershipAddCouncil(
    @Arg('input', { description: 'The partnership and the council to join it.' }) input: PartnershipCouncilInput,
    @Ctx() context: CouncilsContext,
  ) {
    const sides = membershipSides(context, input);
    if (!sides.partnership && !sides.member) {
      throw forbidden(
        'A council joins a partnership with the say-so of the partnership’s admins and its own; you are an admin of neither.',
      );
    }
    const { partnership, errors } = await findMembershipParties(context, input);
    if (errors.any) return { partnership: null, status: null, userErrors: errors.list };
    const status = await askToJoin(context, input, sides);
    return { partnership, status, userErrors: [] };
  }

  @Mutation(() => PartnershipCouncilPayload, {
    description:
      'Take a council out of a partnership, or withdraw or turn down an invitation or a request: either side’s admins alone. Refused with NOT_A_MEMBER when there is neither.',
  })
  async partnershipRemoveCouncil(
    @Arg('input', { description: 'The partnership and the council to part.' }) input: PartnershipCouncilInput,
    @Ctx() context: CouncilsContext,
  ) {
    const sides = membershipSides(context, input);
    if (!sides.partnership && !sides.member) {
      throw forbidden('Only an admin of the partnership or of the council may part them.');
    }
    const { partnership, council } = await findMembershipParties(context, input);
    if (!partnership) return refusedNotFound('partnership', 'partnershipId', 'partnership', input.partnershipId);
    // Nothing joins an unknown council to anything, so it is simply not a member.
    if (!council || !(await leave(context, input, sides))) {
      const userErrors = new UserErrors().add(
        'councilId',
        'NOT_A_MEMBER',
        'That council is neither a member of this partnership nor invited to it or asking to join it.',
      ).list;
      return { partnership: null, status: null, userErrors };
    }
    return { partnership, status: MembershipStatus.NONE, userErrors: [] };
  }

  @FieldResolver(() => [CouncilMembershipRequest], {
    description:
      'Councils invited to join or asking to join, not members yet, in name order: all of them for the partnership’s admins, a council’s own for its admins, none for anyone else.',
  })
  async councilRequests(@Root() partnership: Partnership, @Ctx() { loaders }: CouncilsContext) {
    const requests = await loaders.membershipRequestsByPartnership.load(partnership.id);
    return requests.filter((request) => loaders.scope.canSeeMembershipRequest(request));
  }

  @FieldResolver(() => [Council], { description: 'Member councils, in name order.' })
  async councils(@Root() partnership: Partnership, @Ctx() { loaders }: CouncilsContext) {
    const ids = await loaders.councilIdsByPartnership.load(partnership.id);
    return (await loaders.councilById.loadMany(ids)).filter((row): row is Council => row instanceof Council);
  }

  @FieldResolver(() => Headcount, { description: 'Practitioners in post across the member councils.' })
  headcount(@Root() partnership: Partnership, @Ctx() context: CouncilsContext): Promise<Headcount> {
    return loadPartnershipHeadcount(partnership.id, context);
  }
}
