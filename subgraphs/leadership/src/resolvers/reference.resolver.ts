import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { forbidden, UserErrors } from '#hub/shared/errors';
import { assertUuidArgument, checkText, isUuid } from '#hub/shared/input-checks';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import { type UniqueConflict, insertNew, updateFields, writeInTransaction } from '#hub/shared/write';
import type { LeadershipContext } from '../context';
import { KssStandard } from '../entities/kss-standard.entity';
import { PathwayStage } from '../entities/pathway-stage.entity';
import { Pathway } from '../entities/pathway.entity';
import { Council } from '../types/council';
import { KssFramework } from '../types/enums';
import { KssStandardCreateInput, KssStandardUpdateInput, PathwayCreateInput } from '../types/inputs';
import { Partnership } from '../types/partnership';
import { KssStandardPayload, PathwayPayload } from '../types/payloads';
import { PCF_DOMAINS, PCF_LEVELS, PcfDomainInfo, PcfLevelInfo } from '../types/reference';

const CODE_TAKEN: UniqueConflict = {
  field: 'code',
  code: 'KSS_CODE_TAKEN',
  message: 'This framework has a heading with this code already.',
};
const MAX_STAGES = 12;

@Resolver(() => Pathway)
export class ReferenceResolver {
  @Query(() => [PcfDomainInfo], { description: 'The nine domains of the Professional Capabilities Framework.' })
  pcfDomains(): PcfDomainInfo[] {
    return PCF_DOMAINS;
  }

  @Query(() => [PcfLevelInfo], { description: 'The nine levels of the Professional Capabilities Framework, in order.' })
  pcfLevels(): PcfLevelInfo[] {
    return PCF_LEVELS;
  }

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

  @Query(() => [Pathway], {
    description:
      'Pathways owned by the council, then by the partnership, each by name; empty when neither is given. Open to every signed-in user.',
  })
  async pathways(
    @Ctx() { loaders }: LeadershipContext,
    @Arg('councilId', () => ID, { nullable: true, description: 'The council whose own pathways to list.' }) councilId?: string,
    @Arg('partnershipId', () => ID, { nullable: true, description: 'The partnership whose own pathways to list.' }) partnershipId?: string,
  ): Promise<Pathway[]> {
    assertUuidArgument(councilId, 'councilId');
    assertUuidArgument(partnershipId, 'partnershipId');
    const [ofCouncil, ofPartnership] = await Promise.all([
      councilId ? loaders.pathwaysOwnedByCouncil.load(councilId) : [],
      partnershipId ? loaders.pathwaysOwnedByPartnership.load(partnershipId) : [],
    ]);
    return [...ofCouncil, ...ofPartnership];
  }

  @Mutation(() => KssStandardPayload, { description: 'Add a KSS or post-qualifying standard heading (partnership admins).' })
  async kssStandardCreate(
    @Arg('input', { description: 'The framework, code and heading.' }) input: KssStandardCreateInput,
    @Ctx() { principal, dataSource }: LeadershipContext,
  ) {
    principal.requireRole('partnership_admin');
    const errors = new UserErrors();
    const code = checkText(errors, 'code', input.code, 12).toUpperCase();
    const heading = checkText(errors, 'heading', input.heading, 200);
    if (errors.any) return refused('kssStandard', errors.list);
    const written = await writeInTransaction(
      dataSource,
      (manager) => insertNew(manager, KssStandard, { framework: input.framework, code, heading }),
      { kss_standard_framework_code_key: CODE_TAKEN },
    );
    return written.ok ? succeeded('kssStandard', written.value) : refused('kssStandard', written.userErrors);
  }

  @Mutation(() => KssStandardPayload, { description: 'Reword a heading (partnership admins).' })
  async kssStandardUpdate(
    @Arg('input', { description: 'The heading and its new wording.' }) input: KssStandardUpdateInput,
    @Ctx() { principal, dataSource }: LeadershipContext,
  ) {
    principal.requireRole('partnership_admin');
    const errors = new UserErrors();
    const heading = checkText(errors, 'heading', input.heading, 200);
    if (errors.any) return refused('kssStandard', errors.list);
    const existing = isUuid(input.id) ? await dataSource.getRepository(KssStandard).findOneBy({ id: input.id }) : null;
    if (!existing) return refusedNotFound('kssStandard', 'id', 'KSS heading', input.id);
    return succeeded(
      'kssStandard',
      await dataSource.transaction((manager) => updateFields(manager, KssStandard, existing.id, { heading })),
    );
  }

  @Mutation(() => PathwayPayload, { description: 'Create a pathway with its stages: for your council, or for your partnership.' })
  async pathwayCreate(
    @Arg('input', { description: 'The pathway, its one owner and its stages.' }) input: PathwayCreateInput,
    @Ctx() { principal, dataSource }: LeadershipContext,
  ) {
    const errors = new UserErrors();
    if (Boolean(input.ownerCouncilId) === Boolean(input.ownerPartnershipId)) {
      errors.add('ownerCouncilId', 'OWNER_REQUIRED', 'Give exactly one owner: ownerCouncilId or ownerPartnershipId.');
      return refused('pathway', errors.list);
    }
    if (input.ownerCouncilId && !principal.usesCouncilAdminRightsOf(input.ownerCouncilId)) {
      throw forbidden('Only an admin of the council may create its pathways.');
    }
    if (input.ownerPartnershipId && !principal.usesPartnershipAdminRightsOf(input.ownerPartnershipId)) {
      throw forbidden('Only an admin of the partnership may create its pathways.');
    }
    const name = checkText(errors, 'name', input.name, 160);
    if (input.stages.length === 0 || input.stages.length > MAX_STAGES) {
      errors.add('stages', 'OUT_OF_RANGE', `A pathway has 1 to ${MAX_STAGES} stages; got ${input.stages.length}.`);
    }
    const stageNames = input.stages.map((stage, index) => checkText(errors, `stages.${index}.name`, stage.name, 160));
    input.stages.forEach((stage, index) => {
      if (!Number.isInteger(stage.expectedMonths) || stage.expectedMonths < 1 || stage.expectedMonths > 60) {
        errors.add(`stages.${index}.expectedMonths`, 'OUT_OF_RANGE', `expectedMonths must be from 1 to 60; got ${stage.expectedMonths}.`);
      }
    });
    const kssIds = [...new Set(input.stages.flatMap((stage) => stage.kssStandardIds ?? []))];
    // An empty list asks for nothing: findBy([]) would match every row.
    const known =
      kssIds.length > 0 && kssIds.every(isUuid) ? await dataSource.getRepository(KssStandard).findBy(kssIds.map((id) => ({ id }))) : [];
    if (known.length !== kssIds.length) errors.add('stages', 'NOT_FOUND', 'A kssStandardIds entry names no KSS heading.');
    if (errors.any) return refused('pathway', errors.list);
    const pathway = await dataSource.transaction(async (manager) => {
      const created = await insertNew(manager, Pathway, {
        name,
        kind: input.kind,
        ownerCouncilId: input.ownerCouncilId ?? null,
        ownerPartnershipId: input.ownerPartnershipId ?? null,
      });
      for (const [index, stage] of input.stages.entries()) {
        await manager.save(
          manager.create(PathwayStage, {
            pathwayId: created.id,
            position: index + 1,
            name: stageNames[index],
            targetPcfLevel: stage.targetPcfLevel,
            expectedMonths: stage.expectedMonths,
            kssStandards: known.filter((kss) => stage.kssStandardIds?.includes(kss.id)),
          }),
        );
      }
      return created;
    });
    return succeeded('pathway', pathway);
  }

  @FieldResolver(() => [PathwayStage], { description: 'Its stages, in order.' })
  stages(@Root() pathway: Pathway, @Ctx() { loaders }: LeadershipContext) {
    return loaders.stagesByPathway.load(pathway.id);
  }

  @FieldResolver(() => Council, { nullable: true, description: 'The council that owns it; null when a partnership does.' })
  ownerCouncil(@Root() pathway: Pathway): Council | null {
    return pathway.ownerCouncilId ? { id: pathway.ownerCouncilId } : null;
  }

  @FieldResolver(() => Partnership, { nullable: true, description: 'The partnership that owns it; null when a council does.' })
  ownerPartnership(@Root() pathway: Pathway): Partnership | null {
    return pathway.ownerPartnershipId ? { id: pathway.ownerPartnershipId } : null;
  }
}
