import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { UserErrors } from '#hub/shared/errors';
import { checkNotFuture, isUuid } from '#hub/shared/input-checks';
import { refused, refusedNotFound, succeeded } from '#hub/shared/payload';
import { type UniqueConflict, insertNew, lockRow, updateFields, writeInTransaction } from '#hub/shared/write';
import type { PlacementsContext } from '../context';
import { Placement } from '../entities/placement.entity';
import { PracticeEducator } from '../entities/practice-educator.entity';
import { checkEducatorEligibility, checkStageChange } from '../rules/educator-eligibility';
import { checkCouncilInPartnership, checkPractitionerOfCouncil } from '../services/councils-register';
import { Council } from '../types/council';
import { PracticeEducatorApproveInput, PracticeEducatorRegisterInput } from '../types/practice-educator.inputs';
import { PracticeEducatorPayload } from '../types/payloads';
import { Practitioner } from '../types/practitioner';

const ALREADY_REGISTERED: UniqueConflict = {
  field: 'practitionerId',
  code: 'PRACTICE_EDUCATOR_REGISTERED',
  message: 'This practitioner is on the partnership’s register already; record a new approval instead.',
};

@Resolver(() => PracticeEducator)
export class PracticeEducatorResolver {
  @Mutation(() => PracticeEducatorPayload, {
    description: 'Put one of your council’s practitioners on a partnership’s register of practice educators.',
  })
  async practiceEducatorRegister(
    @Arg('input', { description: 'The partnership, practitioner, council, stage and dates.' }) input: PracticeEducatorRegisterInput,
    @Ctx() context: PlacementsContext,
  ) {
    const { loaders, dataSource, today } = context;
    loaders.scope.assertCouncilAdmin(input.councilId, 'register its practice educators');
    const errors = new UserErrors();
    for (const field of ['partnershipId', 'practitionerId'] as const) {
      if (!isUuid(input[field])) errors.add(field, 'INVALID_ID', `${field} must be an id (a UUID); got "${input[field]}".`);
    }
    checkNotFuture(errors, 'approvedOn', input.approvedOn, today);
    // Whose staff the practitioner is, and which partnerships' registers the council may join, are the councils register's to say.
    await checkPractitionerOfCouncil(input.practitionerId, input.councilId, 'practitionerId', context, errors);
    await checkCouncilInPartnership(input.councilId, input.partnershipId, 'partnershipId', context, errors);
    if (errors.any) return refused('practiceEducator', errors.list);
    const settings = await loaders.settingsByPartnership.load(input.partnershipId);
    checkEducatorEligibility(input, settings.stageTwoMinYearsQualified, errors);
    if (errors.any) return refused('practiceEducator', errors.list);
    const written = await writeInTransaction(
      dataSource,
      (manager) =>
        insertNew(manager, PracticeEducator, {
          partnershipId: input.partnershipId,
          practitionerId: input.practitionerId,
          councilId: input.councilId,
          stage: input.stage,
          qualifiedOn: input.qualifiedOn,
          approvedOn: input.approvedOn,
        }),
      { practice_educator_partnership_practitioner_key: ALREADY_REGISTERED },
    );
    return written.ok ? succeeded('practiceEducator', written.value) : refused('practiceEducator', written.userErrors);
  }

  @Mutation(() => PracticeEducatorPayload, {
    description: 'Record a new approval, e.g. from stage 1 to stage 2 (admins of the educator’s council).',
  })
  async practiceEducatorApprove(
    @Arg('input', { description: 'The registration, the stage now approved and when.' }) input: PracticeEducatorApproveInput,
    @Ctx() { loaders, dataSource, today }: PlacementsContext,
  ) {
    const existing = await loaders.educatorById.load(input.id);
    if (!existing) return refusedNotFound('practiceEducator', 'id', 'practice educator', input.id);
    loaders.scope.assertCouncilAdmin(existing.councilId, 'approve its practice educators');
    const errors = new UserErrors();
    checkNotFuture(errors, 'approvedOn', input.approvedOn, today);
    if (errors.any) return refused('practiceEducator', errors.list);
    const settings = await loaders.settingsByPartnership.load(existing.partnershipId);
    return dataSource.transaction(async (manager) => {
      const educator = await lockRow(manager, PracticeEducator, existing.id);
      const refusal = new UserErrors();
      checkStageChange(educator.stage, input.stage, refusal);
      checkEducatorEligibility(
        { stage: input.stage, qualifiedOn: educator.qualifiedOn, approvedOn: input.approvedOn },
        settings.stageTwoMinYearsQualified,
        refusal,
      );
      if (refusal.any) return refused('practiceEducator', refusal.list);
      return succeeded(
        'practiceEducator',
        await updateFields(manager, PracticeEducator, educator.id, { stage: input.stage, approvedOn: input.approvedOn }),
      );
    });
  }

  @FieldResolver(() => Practitioner, { nullable: true, description: 'The practitioner registered, in the councils subgraph.' })
  practitioner(@Root() educator: PracticeEducator): Practitioner {
    return { id: educator.practitionerId };
  }

  @FieldResolver(() => Council, { nullable: true, description: 'The council that employs them, whose admins manage the registration.' })
  council(@Root() educator: PracticeEducator): Council {
    return { id: educator.councilId };
  }

  @FieldResolver(() => Int, { description: 'Students placed with them now: proposed, confirmed or running.' })
  async currentStudentCount(@Root() educator: PracticeEducator, @Ctx() { loaders }: PlacementsContext): Promise<number> {
    return (await loaders.livePlacementsByEducator.load(educator.id)).length;
  }

  @FieldResolver(() => [Placement], { description: 'Those placements, as far as you may see them.' })
  async currentPlacements(@Root() educator: PracticeEducator, @Ctx() { loaders }: PlacementsContext): Promise<Placement[]> {
    return (await loaders.livePlacementsByEducator.load(educator.id)).filter((placement) => loaders.scope.canSeePlacement(placement));
  }
}
