import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UserErrors } from '#hub/shared/errors';
import { assertUuidArgument, checkText } from '#hub/shared/input-checks';
import { loadChildConnection } from '#hub/shared/loaders';
import { decodeCursor, fetchPage, PageArgs, pageSize, toConnection } from '#hub/shared/pagination';
import { refused, succeeded } from '#hub/shared/payload';
import { type UniqueConflict, insertNew, updateFields, writeInTransaction } from '#hub/shared/write';
import type { CouncilsContext } from '../context';
import { Council } from '../entities/council.entity';
import { Team } from '../entities/team.entity';
import { toHeadcount } from '../rules/headcount';
import { PractitionerConnection, TeamConnection } from '../types/connections';
import { Headcount } from '../types/headcount';
import { TeamPayload } from '../types/payloads';
import { TeamCreateInput, TeamFilter, TeamUpdateInput } from '../types/team.inputs';

const TEAM_NAME_TAKEN: UniqueConflict = {
  field: 'name',
  code: 'TEAM_NAME_TAKEN',
  message: 'This council already has a team with this name.',
};

@Resolver(() => Team)
export class TeamResolver {
  @Query(() => Team, { nullable: true, description: 'One team, by id; null when there is none with that id.' })
  team(@Arg('id', () => ID, { description: 'The team’s id.' }) id: string, @Ctx() { loaders }: CouncilsContext) {
    return loaders.teamById.load(id);
  }

  @Query(() => TeamConnection, { description: 'Teams in name order.' })
  async teams(
    @Ctx() { dataSource }: CouncilsContext,
    @Args() page: PageArgs,
    @Arg('filter', () => TeamFilter, { nullable: true, description: 'Which teams to list; all when absent.' }) filter?: TeamFilter,
  ) {
    assertUuidArgument(filter?.councilId, 'filter.councilId');
    const query = dataSource.getRepository(Team).createQueryBuilder('team');
    if (filter?.councilId) query.andWhere('team.councilId = :councilId', { councilId: filter.councilId });
    if (filter?.serviceArea) query.andWhere('team.serviceArea = :serviceArea', { serviceArea: filter.serviceArea });
    if (filter?.statutory !== undefined && filter.statutory !== null) {
      query.andWhere('team.statutory = :statutory', { statutory: filter.statutory });
    }
    const result = await fetchPage(query, { sortProperty: 'name', first: pageSize(page.first), cursor: decodeCursor(page.after) });
    return toConnection(result, (team) => team.name);
  }

  @Mutation(() => TeamPayload, { description: "Add a team to a council (its admins or its partnerships' admins)." })
  async teamCreate(
    @Arg('input', { description: 'The new team’s council and details.' }) input: TeamCreateInput,
    @Ctx() { principal, loaders, dataSource }: CouncilsContext,
  ) {
    principal.requireRole('partnership_admin', 'council_admin');
    if (!(await loaders.councilById.load(input.councilId))) {
      return refused('team', new UserErrors().add('councilId', 'NOT_FOUND', `No council has id ${input.councilId}.`).list);
    }
    await loaders.scope.assertCanManageCouncil(input.councilId);
    const errors = new UserErrors();
    const name = checkText(errors, 'name', input.name, 120);
    if (errors.any) return refused('team', errors.list);
    const written = await writeInTransaction(
      dataSource,
      (manager) =>
        insertNew(manager, Team, { councilId: input.councilId, name, serviceArea: input.serviceArea, statutory: input.statutory }),
      { team_council_name_key: TEAM_NAME_TAKEN },
    );
    return written.ok ? succeeded('team', written.value) : refused('team', written.userErrors);
  }

  @Mutation(() => TeamPayload, { description: 'Rename a team or change its service area or statutory flag.' })
  async teamUpdate(
    @Arg('input', { description: 'The team and the details to change.' }) input: TeamUpdateInput,
    @Ctx() { principal, loaders, dataSource }: CouncilsContext,
  ) {
    principal.requireRole('partnership_admin', 'council_admin');
    const team = await loaders.teamById.load(input.id);
    if (!team) return refused('team', new UserErrors().add('id', 'NOT_FOUND', `No team has id ${input.id}.`).list);
    await loaders.scope.assertCanManageCouncil(team.councilId);
    const errors = new UserErrors();
    const name = input.name === undefined || input.name === null ? team.name : checkText(errors, 'name', input.name, 120);
    if (errors.any) return refused('team', errors.list);
    const written = await writeInTransaction(
      dataSource,
      (manager) =>
        updateFields(manager, Team, team.id, {
          name,
          serviceArea: input.serviceArea ?? undefined,
          statutory: input.statutory ?? undefined,
        }),
      { team_council_name_key: TEAM_NAME_TAKEN },
    );
    return written.ok ? succeeded('team', written.value) : refused('team', written.userErrors);
  }

  @FieldResolver(() => Council, { description: 'The council the team belongs to.' })
  async council(@Root() team: Team, @Ctx() { loaders }: CouncilsContext) {
    return loaders.councilById.load(team.councilId);
  }

  @FieldResolver(() => PractitionerConnection, {
    nullable: true,
    description: 'Practitioners in post, by family name. Council and partnership admins only.',
  })
  async practitioners(@Root() team: Team, @Args() page: PageArgs, @Ctx() { loaders }: CouncilsContext) {
    loaders.scope.assertMaySeePractitioners();
    await loaders.scope.assertCanManageCouncil(team.councilId);
    return loadChildConnection(loaders.practitionersInPostByTeam, team.id, page, (practitioner) => practitioner.familyName);
  }

  @FieldResolver(() => Headcount, { description: 'Practitioners in post in this team now.' })
  async headcount(@Root() team: Team, @Ctx() { loaders, today }: CouncilsContext): Promise<Headcount> {
    const [counts, exact] = await Promise.all([loaders.headcountByTeam.load(team.id), loaders.scope.canManageCouncil(team.councilId)]);
    return toHeadcount(counts, exact, today);
  }
}
