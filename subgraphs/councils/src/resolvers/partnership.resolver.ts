import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Principal } from '#hub/shared/auth';
import { forbidden, UserErrors } from '#hub/shared/errors';
import { checkText, isUuid } from '#hub/shared/input-checks';
import { decodeCursor, fetchPage, PageArgs, pageSize, toConnection } from '#hub/shared/pagination';
import { refused, succeeded } from '#hub/shared/payload';
import { type UniqueConflict, insertNew, updateFields, writeInTransaction } from '#hub/shared/write';
import type { CouncilsContext } from '../context';
import { Council } from '../entities/council.entity';
import { PartnershipCouncil } from '../entities/partnership-council.entity';
import { Partnership } from '../entities/partnership.entity';
import { PartnershipConnection } from '../types/connections';
import { Headcount, toPartnershipHeadcount } from '../types/headcount';
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
  async headcount(@Root() partnership: Partnership, @Ctx() { principal, loaders, today }: CouncilsContext): Promise<Headcount> {
    const ids = await loaders.councilIdsByPartnership.load(partnership.id);
    const rows = await loaders.headcountByCouncil.loadMany(ids);
    const councils = rows.map((row) => {
      if (row instanceof Error) throw row;
      return row;
    });
    if (principal.isPartnershipAdminOf(partnership.id)) return toPartnershipHeadcount(councils, { exact: true }, today);
    // Councils whose Council.headcount this viewer reads exactly.
    const managed = await loaders.scope.managedCouncilIds();
    return toPartnershipHeadcount(councils, { exact: false, knowsRow: (index) => managed.has(ids[index]) }, today);
  }
}

/** The partnership, if it exists and the principal administers it; otherwise the refusal to return. */
async function loadManagedPartnership(id: string, field: string, { principal, loaders }: CouncilsContext) {
  principal.requireRole('partnership_admin');
  const partnership = await loaders.partnershipById.load(id);
  if (!partnership) return refused('partnership', new UserErrors().add(field, 'NOT_FOUND', `No partnership has id ${id}.`).list);
  if (!principal.usesPartnershipAdminRightsOf(partnership.id)) throw forbidden('Only an admin of this partnership may change it.');
  return partnership;
}

/** Adds a membership row; adding one that exists already is harmless. */
async function addMember(context: CouncilsContext, row: { partnershipId: string; councilId: string }): Promise<void> {
  await context.dataSource.transaction((manager) =>
    manager.createQueryBuilder().insert().into(PartnershipCouncil).values(row).orIgnore().execute(),
  );
}

/** Removes a membership row; false when there was none (an id that is not a UUID cannot be one). */
async function removeMember(context: CouncilsContext, row: { partnershipId: string; councilId: string }): Promise<boolean> {
  if (!Object.values(row).every(isUuid)) return false;
  const removed = await context.dataSource.transaction((manager) => manager.delete(PartnershipCouncil, row));
  return Boolean(removed.affected);
}

/**
 * Membership gives a partnership's admins access to a council's staff records, so a council
 * joins only with its own admin's say-so: the token must also be council_admin of it.
 */
function assertMayJoinCouncils(principal: Principal, councilIds: string[]): void {
  const notAdministered = councilIds.filter((id) => !principal.usesCouncilAdminRightsOf(id));
  if (notAdministered.length > 0) {
    throw forbidden('A council joins a partnership with its own admin: the token must also be council_admin of each council added.');
  }
}
