import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UserErrors } from '#hub/shared/errors';
import { checkText } from '#hub/shared/input-checks';
import { decodeCursor, fetchPage, PageArgs, pageSize, toConnection } from '#hub/shared/pagination';
import { refused, succeeded } from '#hub/shared/payload';
import { type UniqueConflict, insertNew, updateFields, writeInTransaction } from '#hub/shared/write';
import type { CouncilsContext } from '../context';
import { Council } from '../entities/council.entity';
import { PartnershipCouncil } from '../entities/partnership-council.entity';
import { Partnership } from '../entities/partnership.entity';
import { assertMayJoinCouncils } from '../rules/partnership-membership';
import { loadManagedPartnership } from '../services/managed-partnership';
import { loadPartnershipHeadcount } from '../services/partnership-headcount';
import { addMember, removeMember } from '../services/partnership-membership';
import { PartnershipConnection } from '../types/connections';
import { Headcount } from '../types/headcount';
import { PartnershipCouncilInput, PartnershipCreateInput, PartnershipRenameInput } from '../types/partnership.inputs';
import { PartnershipPayload } from '../types/payloads';

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
    description: 'Start a partnership (partnership admins). Its admins are those whose tokens name it.',
  })
  async partnershipCreate(
    @Arg('input', { description: 'The new partnership’s name and first member councils.' }) input: PartnershipCreateInput,
    @Ctx() { principal, loaders, dataSource }: CouncilsContext,
  ) {
    principal.requireRole('partnership_admin');
    const errors = new UserErrors();
    const name = checkText(errors, 'name', input.name, 160);
    const councilIds = [...new Set(input.councilIds ?? [])];
    assertMayJoinCouncils(principal, councilIds);
    const councils = await loaders.councilById.loadMany(councilIds);
    councils.forEach((council, index) => {
      if (!(council instanceof Council)) errors.add('councilIds', 'NOT_FOUND', `No council has id ${councilIds[index]}.`);
    });
    if (errors.any) return refused('partnership', errors.list);

    const written = await writeInTransaction(
      dataSource,
      async (manager) => {
        const partnership = await insertNew(manager, Partnership, { name });
        if (councilIds.length > 0) {
          await manager.insert(
            PartnershipCouncil,
            councilIds.map((councilId) => ({ partnershipId: partnership.id, councilId })),
          );
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

  @Mutation(() => PartnershipPayload, { description: 'Add a member council. Adding a member twice is harmless.' })
  async partnershipAddCouncil(
    @Arg('input', { description: 'The partnership and the council to add.' }) input: PartnershipCouncilInput,
    @Ctx() context: CouncilsContext,
  ) {
    const partnership = await loadManagedPartnership(input.partnershipId, 'partnershipId', context);
    if (!(partnership instanceof Partnership)) return partnership;
    assertMayJoinCouncils(context.principal, [input.councilId]);
    if (!(await context.loaders.councilById.load(input.councilId))) {
      return refused('partnership', new UserErrors().add('councilId', 'NOT_FOUND', `No council has id ${input.councilId}.`).list);
    }
    await addMember(context, { partnershipId: partnership.id, councilId: input.councilId });
    return succeeded('partnership', partnership);
  }

  @Mutation(() => PartnershipPayload, {
    description: 'Remove a member council (the partnership’s admins); refused with NOT_A_MEMBER when it is not a member.',
  })
  async partnershipRemoveCouncil(
    @Arg('input', { description: 'The partnership and the council to remove.' }) input: PartnershipCouncilInput,
    @Ctx() context: CouncilsContext,
  ) {
    const partnership = await loadManagedPartnership(input.partnershipId, 'partnershipId', context);
    if (!(partnership instanceof Partnership)) return partnership;
    if (!(await removeMember(context, { partnershipId: partnership.id, councilId: input.councilId }))) {
      return refused(
        'partnership',
        new UserErrors().add('councilId', 'NOT_A_MEMBER', 'That council is not a member of this partnership.').list,
      );
    }
    return succeeded('partnership', partnership);
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
