/** The KSS and post-qualifying standard headings: open to every signed-in user, kept by the admins of partnerships on the hub. */
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { UserErrors } from '#hub/shared/errors';
import { checkText, isUuid } from '#hub/shared/input-checks';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import { type UniqueConflict, insertNew, updateFields, writeInTransaction } from '#hub/shared/write';
import type { LeadershipContext } from '../context';
import { KssStandard } from '../entities/kss-standard.entity';
import { assertMayKeepHeadings } from '../services/kss-keepers';
import { KssFramework } from '../types/enums';
import { KssStandardCreateInput, KssStandardUpdateInput } from '../types/kss-standard.inputs';
import { KssStandardPayload } from '../types/payloads';

const CODE_TAKEN: UniqueConflict = {
  field: 'code',
  code: 'KSS_CODE_TAKEN',
  message: 'This framework has a heading with this code already.',
};

@Resolver(() => KssStandard)
export class KssStandardResolver {
  @Query(() => [KssStandard], {
    description: 'Knowledge and Skills Statement and post-qualifying standard headings, by framework and code.',
  })
  kssStandards(
    @Ctx() { dataSource }: LeadershipContext,
    @Arg('framework', () => KssFramework, {
      nullable: true,
      description: 'Only this framework’s headings; every framework when not given.',
    })
    framework?: KssFramework,
  ) {
    const query = dataSource.getRepository(KssStandard).createQueryBuilder('kss').orderBy('kss.framework').addOrderBy('kss.code');
    if (framework) query.where('kss.framework = :framework', { framework });
    return query.getMany();
  }

  @Mutation(() => KssStandardPayload, {
    description: 'Add a KSS or post-qualifying standard heading (admins of a partnership on the hub).',
  })
  async kssStandardCreate(
    @Arg('input', { description: 'The framework, code and heading.' }) input: KssStandardCreateInput,
    @Ctx() context: LeadershipContext,
  ) {
    await assertMayKeepHeadings(context);
    const errors = new UserErrors();
    const code = checkText(errors, 'code', input.code, 12).toUpperCase();
    const heading = checkText(errors, 'heading', input.heading, 200);
    if (errors.any) return refused('kssStandard', errors.list);
    const written = await writeInTransaction(
      context.dataSource,
      (manager) => insertNew(manager, KssStandard, { framework: input.framework, code, heading }),
      { kss_standard_framework_code_key: CODE_TAKEN },
    );
    return written.ok ? succeeded('kssStandard', written.value) : refused('kssStandard', written.userErrors);
  }

  @Mutation(() => KssStandardPayload, {
    description: 'Reword a heading (admins of a partnership on the hub); every partnership’s pathways show the new wording.',
  })
  async kssStandardUpdate(
    @Arg('input', { description: 'The heading and its new wording.' }) input: KssStandardUpdateInput,
    @Ctx() context: LeadershipContext,
  ) {
    await assertMayKeepHeadings(context);
    const errors = new UserErrors();
    const heading = checkText(errors, 'heading', input.heading, 200);
    if (errors.any) return refused('kssStandard', errors.list);
    const { dataSource } = context;
    const existing = isUuid(input.id) ? await dataSource.getRepository(KssStandard).findOneBy({ id: input.id }) : null;
    if (!existing) return refusedNotFound('kssStandard', 'id', 'KSS heading', input.id);
    return succeeded(
      'kssStandard',
      await dataSource.transaction((manager) => updateFields(manager, KssStandard, existing.id, { heading })),
    );
  }
}
