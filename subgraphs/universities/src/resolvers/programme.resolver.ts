import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { UserErrors } from '#hub/shared/errors';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import { type UniqueConflict, insertNew, updateFields, writeInTransaction } from '#hub/shared/write';
import type { UniversitiesContext } from '../context';
import { Programme } from '../entities/programme.entity';
import { University } from '../entities/university.entity';
import { checkName } from '../rules/names';
import { ProgrammePayload } from '../types/payloads';
import { ProgrammeCreateInput, ProgrammeUpdateInput } from '../types/programme.inputs';

const NAME_TAKEN: UniqueConflict = {
  field: 'name',
  code: 'PROGRAMME_NAME_TAKEN',
  message: 'This university already has a programme with this name.',
};

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Mutation(() => ProgrammePayload, { description: 'Add a programme (university admins).' })
  async programmeCreate(
    @Arg('input', { description: 'The programme to add.' }) input: ProgrammeCreateInput,
    @Ctx() { loaders, dataSource }: UniversitiesContext,
  ) {
    const university = await loaders.universityById.load(input.universityId);
    if (!university) return refusedNotFound('programme', 'universityId', 'university', input.universityId);
    loaders.scope.assertCanManageUniversity(university.id);
    const errors = new UserErrors();
    const name = checkName(errors, input.name);
    if (errors.any) return refused('programme', errors.list);
    const written = await writeInTransaction(
      dataSource,
      (manager) => insertNew(manager, Programme, { universityId: university.id, name, route: input.route }),
      { programme_university_name_key: NAME_TAKEN },
    );
    return written.ok ? succeeded('programme', written.value) : refused('programme', written.userErrors);
  }

  @Mutation(() => ProgrammePayload, { description: 'Rename a programme or change its route (university admins).' })
  async programmeUpdate(
    @Arg('input', { description: 'The programme and the changes to make.' }) input: ProgrammeUpdateInput,
    @Ctx() { loaders, dataSource }: UniversitiesContext,
  ) {
    const programme = await loaders.programmeById.load(input.id);
    if (!programme) return refusedNotFound('programme', 'id', 'programme', input.id);
    loaders.scope.assertCanManageUniversity(programme.universityId);
    const errors = new UserErrors();
    const name = input.name == null ? undefined : checkName(errors, input.name);
    if (errors.any) return refused('programme', errors.list);
    const written = await writeInTransaction(
      dataSource,
      (manager) => updateFields(manager, Programme, programme.id, { name, route: input.route ?? undefined }),
      { programme_university_name_key: NAME_TAKEN },
    );
    return written.ok ? succeeded('programme', written.value) : refused('programme', written.userErrors);
  }

  @FieldResolver(() => University, { description: 'The university that runs it.' })
  university(@Root() programme: Programme, @Ctx() { loaders }: UniversitiesContext) {
    return loaders.universityById.load(programme.universityId);
  }
}
