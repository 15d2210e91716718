import { Brackets } from 'typeorm';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badUserInput, UserErrors } from '#hub/shared/errors';
import { assertUuidArgument, containsPattern } from '#hub/shared/input-checks';
import { naturalKeyId } from '#hub/shared/natural-key-id';
import { decodeCursor, fetchPage, PageArgs, pageSize, toConnection } from '#hub/shared/pagination';
import { refused, succeeded } from '#hub/shared/payload';
import { type UniqueConflict, insertNew, updateFields, writeInTransaction } from '#hub/shared/write';
import type { CouncilsContext } from '../context';
import { Council } from '../entities/council.entity';
import { Practitioner } from '../entities/practitioner.entity';
import { Team } from '../entities/team.entity';
import { inPostCondition, isInPost } from '../rules/in-post';
import { checkPractitionerDates, checkPractitionerFields, checkPractitionerTeam } from '../rules/practitioner-rules';
import { PractitionerConnection } from '../types/connections';
import { PractitionerPayload } from '../types/payloads';
import { PractitionerCreateInput, PractitionerFilter, PractitionerUpdateInput } from '../types/practitioner.inputs';
import { SweNumberScalar } from '../types/scalars';

const SWE_NUMBER_TAKEN: UniqueConflict = {
  field: 'sweNumber',
  code: 'SWE_NUMBER_TAKEN',
  message: 'A practitioner with this SWE number is already recorded.',
};

@Resolver(() => Practitioner)
export class PractitionerResolver {
  @Query(() => Practitioner, { nullable: true, description: 'One practitioner, by id or SWE number, if you may see them.' })
  async practitioner(
    @Ctx() { loaders }: CouncilsContext,
    @Arg('id', () => ID, { nullable: true, description: 'The practitioner’s id; give this or sweNumber, not both.' }) id?: string,
    @Arg('sweNumber', () => SweNumberScalar, {
      nullable: true,
      description: 'The practitioner’s Social Work England number; give this or id, not both.',
    })
    sweNumber?: string,
  ): Promise<Practitioner | null> {
    if (Boolean(id) === Boolean(sweNumber)) throw badUserInput('Give exactly one of "id" and "sweNumber".', 'id');
    loaders.scope.assertMaySeePractitioners();
    const practitioner = id ? await loaders.practitionerById.load(id) : await loaders.practitionerBySweNumber.load(sweNumber!);
    // Null, not FORBIDDEN, for a record you may not see: otherwise the answer tells whether a SWE number is on some register.
    if (practitioner && !(await loaders.scope.canSeePractitioner(practitioner))) return null;
    return practitioner;
  }

  @Query(() => PractitionerConnection, { description: 'Practitioners you may see, by family name; in post only unless includeLeavers.' })
  async practitioners(
    @Ctx() { dataSource, loaders, principal, today }: CouncilsContext,
    @Args() page: PageArgs,
    @Arg('filter', () => PractitionerFilter, {
      nullable: true,
      description: 'Which practitioners to list; when absent, all you may see who are in post.',
    })
    filter?: PractitionerFilter,
  ) {
    loaders.scope.assertMaySeePractitioners();
    assertUuidArgument(filter?.councilId, 'filter.councilId');
    assertUuidArgument(filter?.teamId, 'filter.teamId');
    if (filter?.councilId && !(await loaders.scope.canManageCouncil(filter.councilId))) {
      // A practitioner may narrow their own one-row list to their own council, whatever other roles they hold; to no other.
      const self = principal.practitionerId ? await loaders.practitionerById.load(principal.practitionerId) : null;
      if (self?.councilId !== filter.councilId) await loaders.scope.assertCanManageCouncil(filter.councilId);
    }
    const managed = [...(await loaders.scope.managedCouncilIds())];
    const query = dataSource.getRepository(Practitioner).createQueryBuilder('practitioner');
    query.andWhere(
      new Brackets((visible) => {
        visible.where('false');
        if (managed.length > 0) visible.orWhere('practitioner.councilId IN (:...managed)', { managed });
        if (principal.practitionerId) visible.orWhere('practitioner.id = :self', { self: principal.practitionerId });
      }),
    );
    if (filter?.councilId) query.andWhere('practitioner.councilId = :councilId', { councilId: filter.councilId });
    if (filter?.teamId) query.andWhere('practitioner.teamId = :teamId', { teamId: filter.teamId });
    if (filter?.employment) query.andWhere('practitioner.employment = :employment', { employment: filter.employment });
    if (filter?.role) query.andWhere('practitioner.role = :role', { role: filter.role });
    if (filter?.pcfLevel) query.andWhere('practitioner.pcfLevel = :pcfLevel', { pcfLevel: filter.pcfLevel });
    if (filter?.familyNameContains) {
      query.andWhere('practitioner.familyName ILIKE :familyName', {
        familyName: containsPattern(filter.familyNameContains, 'filter.familyNameContains'),
      });
    }
    if (!filter?.includeLeavers) {
      const inPost = inPostCondition('practitioner', today);
      query.andWhere(inPost.sql, inPost.parameters);
    }
    const result = await fetchPage(query, { sortProperty: 'familyName', first: pageSize(page.first), cursor: decodeCursor(page.after) });
    return toConnection(result, (practitioner) => practitioner.familyName);
  }

  @Mutation(() => PractitionerPayload, { description: "Record a practitioner in a council (its admins or its partnerships' admins)." })
  async practitionerCreate(
    @Arg('input', { description: 'The new practitioner’s record.' }) input: PractitionerCreateInput,
    @Ctx() { principal, loaders, dataSource, today }: CouncilsContext,
  ) {
    principal.requireRole('partnership_admin', 'council_admin');
    if (!(await loaders.councilById.load(input.councilId))) {
      return refused('practitioner', new UserErrors().add('councilId', 'NOT_FOUND', `No council has id ${input.councilId}.`).list);
    }
    await loaders.scope.assertCanManageCouncil(input.councilId);

    const errors = new UserErrors();
    const fields = checkPractitionerFields(input, today, errors);
    checkPractitionerDates({ qualifiedOn: input.qualifiedOn ?? null, startedOn: input.startedOn, leftOn: null }, errors);
    if (input.teamId) checkPractitionerTeam(input.teamId, await loaders.teamById.load(input.teamId), input.councilId, errors);
    if (!errors.any && (await loaders.practitionerBySweNumber.load(fields.sweNumber!))) {
      errors.add(SWE_NUMBER_TAKEN.field, SWE_NUMBER_TAKEN.code, SWE_NUMBER_TAKEN.message);
    }
    if (errors.any) return refused('practitioner', errors.list);

    const written = await writeInTransaction(
      dataSource,
      (manager) =>
        insertNew(manager, Practitioner, {
          id: naturalKeyId('practitioner', fields.sweNumber!),
          sweNumber: fields.sweNumber!,
          givenName: fields.givenName!,
          familyName: fields.familyName!,
          councilId: input.councilId,
          teamId: input.teamId ?? null,
          role: input.role,
          pcfLevel: input.pcfLevel,
          employment: input.employment,
          qualifiedOn: input.qualifiedOn ?? null,
          startedOn: input.startedOn,
          leftOn: null,
        }),
      { '*': SWE_NUMBER_TAKEN },
    );
    return written.ok ? succeeded('practitioner', written.value) : refused('practitioner', written.userErrors);
  }

  @Mutation(() => PractitionerPayload, {
    description: "Change a practitioner's post, team, level or dates; set leftOn when they leave. The SWE number and council are fixed.",
  })
  async practitionerUpdate(
    @Arg('input', { description: 'The practitioner and the details to change.' }) input: PractitionerUpdateInput,
    @Ctx() { principal, loaders, dataSource, today }: CouncilsContext,
  ) {
    principal.requireRole('partnership_admin', 'council_admin');
    const practitioner = await loaders.practitionerById.load(input.id);
    // Another council's practitioner is refused as an unknown id is, so the answer does not tell whether the id is on some register.
    if (!practitioner || !(await loaders.scope.canManageCouncil(practitioner.councilId))) {
      const message = `No practitioner ${input.id} is on the register of a council whose records you may change.`;
      return refused('practitioner', new UserErrors().add('id', 'PRACTITIONER_NOT_FOUND', message).list);
    }

    const errors = new UserErrors();
    const fields = checkPractitionerFields(
      {
        givenName: input.givenName ?? undefined,
        familyName: input.familyName ?? undefined,
        pcfLevel: input.pcfLevel ?? undefined,
        qualifiedOn: input.qualifiedOn,
      },
      today,
      errors,
    );
    const dates = {
      qualifiedOn: input.qualifiedOn === undefined ? practitioner.qualifiedOn : input.qualifiedOn,
      startedOn: input.startedOn ?? practitioner.startedOn,
      leftOn: input.leftOn === undefined ? practitioner.leftOn : input.leftOn,
    };
    checkPractitionerDates(dates, errors);
    if (input.teamId) checkPractitionerTeam(input.teamId, await loaders.teamById.load(input.teamId), practitioner.councilId, errors);
    if (errors.any) return refused('practitioner', errors.list);

    const updated = await dataSource.transaction((manager) =>
      updateFields(manager, Practitioner, practitioner.id, {
        givenName: fields.givenName,
        familyName: fields.familyName,
        teamId: input.teamId,
        role: input.role ?? undefined,
        pcfLevel: input.pcfLevel ?? undefined,
        employment: input.employment ?? undefined,
        qualifiedOn: input.qualifiedOn,
        startedOn: input.startedOn ?? undefined,
        leftOn: input.leftOn,
      }),
    );
    return succeeded('practitioner', updated);
  }

  @FieldResolver(() => Council, { description: 'The council that holds the practitioner’s record.' })
  council(@Root() practitioner: Practitioner, @Ctx() { loaders }: CouncilsContext) {
    return loaders.councilById.load(practitioner.councilId);
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The team the practitioner works in; null when they are in no team.' })
  team(@Root() practitioner: Practitioner, @Ctx() { loaders }: CouncilsContext) {
    return practitioner.teamId ? loaders.teamById.load(practitioner.teamId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the practitioner is in post today.' })
  inPost(@Root() practitioner: Practitioner, @Ctx() { today }: CouncilsContext): boolean {
    return isInPost(practitioner, today);
  }
}
