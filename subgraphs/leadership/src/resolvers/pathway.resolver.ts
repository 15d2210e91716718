/** Pathways: open to every signed-in user; a council's admins create its own, a partnership's admins theirs. */
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { forbidden, UserErrors } from '#hub/shared/errors';
import { assertUuidArgument, checkText, isUuid } from '#hub/shared/input-checks';
import { refused, succeeded } from '#hub/shared/payload';
import { insertNew } from '#hub/shared/write';
import type { LeadershipContext } from '../context';
import { KssStandard } from '../entities/kss-standard.entity';
import { PathwayStage } from '../entities/pathway-stage.entity';
import { Pathway } from '../entities/pathway.entity';
import { checkExpectedMonths, checkStageCount, hasOneOwner } from '../rules/pathway';
import { checkCouncilExists, checkPartnershipExists } from '../services/councils-register';
import { Council, Partnership } from '../types/council';
import { PathwayCreateInput } from '../types/pathway.inputs';
import { PathwayPayload } from '../types/payloads';

@Resolver(() => Pathway)
export class PathwayResolver {
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

  @Mutation(() => PathwayPayload, { description: 'Create a pathway with its stages: for your council, or for your partnership.' })
  async pathwayCreate(
    @Arg('input', { description: 'The pathway, its one owner and its stages.' }) input: PathwayCreateInput,
    @Ctx() context: LeadershipContext,
  ) {
    const { principal, dataSource } = context;
    const errors = new UserErrors();
    if (!hasOneOwner(input)) {
      errors.add('ownerCouncilId', 'OWNER_REQUIRED', 'Give exactly one owner: ownerCouncilId or ownerPartnershipId.');
      return refused('pathway', errors.list);
    }
    if (input.ownerCouncilId && !principal.usesCouncilAdminRightsOf(input.ownerCouncilId)) {
      throw forbidden('Only an admin of the council may create its pathways.');
    }
    if (input.ownerPartnershipId && !principal.usesPartnershipAdminRightsOf(input.ownerPartnershipId)) {
      throw forbidden('Only an admin of the partnership may create its pathways.');
    }
    // A token may name an organisation the hub does not hold; a pathway of one would be open to nobody.
    if (input.ownerCouncilId) await checkCouncilExists(input.ownerCouncilId, 'ownerCouncilId', context, errors);
    if (input.ownerPartnershipId) await checkPartnershipExists(input.ownerPartnershipId, 'ownerPartnershipId', context, errors);
    const name = checkText(errors, 'name', input.name, 160);
    checkStageCount(errors, input.stages.length);
    const stageNames = input.stages.map((stage, index) => checkText(errors, `stages.${index}.name`, stage.name, 160));
    checkExpectedMonths(errors, input.stages);
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
