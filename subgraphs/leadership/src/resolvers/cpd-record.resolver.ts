import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { forbidden, UserErrors } from '#hub/shared/errors';
import { checkFreeText, checkNotFuture, checkText, isUuid } from '#hub/shared/input-checks';
import { refused, succeeded } from '#hub/shared/payload';
import { insertNew } from '#hub/shared/write';
import type { LeadershipContext } from '../context';
import { CpdRecord } from '../entities/cpd-record.entity';
import { LeadershipSettings } from '../entities/leadership-settings.entity';
import { CpdRecordAddInput, LeadershipSettingsUpdateInput } from '../types/inputs';
import { CpdRecordPayload, LeadershipSettingsPayload } from '../types/payloads';
import { checkPractitionerCouncil } from './practitioner-council';

@Resolver(() => CpdRecord)
export class CpdRecordResolver {
  @Mutation(() => CpdRecordPayload, { description: 'Record a piece of CPD: a practitioner their own, or a council admin for their staff.' })
  async cpdRecordAdd(
    @Arg('input', { description: 'Whose CPD it is and what it was.' }) input: CpdRecordAddInput,
    @Ctx() context: LeadershipContext,
  ) {
    const { principal, dataSource } = context;
    if (input.practitionerId !== principal.practitionerId && !principal.usesCouncilAdminRightsOf(input.councilId)) {
      throw forbidden('CPD is recorded by the practitioner or by an admin of their council.');
    }
    const errors = new UserErrors();
    if (!isUuid(input.councilId)) errors.add('councilId', 'INVALID_ID', `councilId must be an id (a UUID); got "${input.councilId}".`);
    await checkPractitionerCouncil(input.practitionerId, input.councilId, 'practitionerId', context, errors);
    const title = checkText(errors, 'title', input.title, 160);
    const learning = checkFreeText(errors, 'learning', input.learning, 1000);
    const impact = checkFreeText(errors, 'impact', input.impact, 1000);
    checkNotFuture(errors, 'completedOn', input.completedOn, context.today);
    // Hours are kept to one decimal place, so the check is on the value that will be stored.
    const hours = Math.round(input.hours * 10) / 10;
    if (!Number.isFinite(hours) || hours <= 0 || hours > 200) {
      errors.add('hours', 'OUT_OF_RANGE', `hours must be from 0.1 to 200, to one decimal place; got ${input.hours}.`);
    }
    if (input.teachingSessionId != null && !isUuid(input.teachingSessionId)) {
      errors.add('teachingSessionId', 'INVALID_ID', 'teachingSessionId must be an id (a UUID).');
    }
    if (errors.any) return refused('cpdRecord', errors.list);
    const record = await dataSource.transaction((manager) =>
      insertNew(manager, CpdRecord, {
        practitionerId: input.practitionerId,
        councilId: input.councilId,
        type: input.type,
        title,
        completedOn: input.completedOn,
        hours,
        learning,
        impact,
        peerReflection: input.peerReflectionSetting != null,
        peerReflectionSetting: input.peerReflectionSetting ?? null,
        teachingSessionId: input.teachingSessionId ?? null,
      }),
    );
    return succeeded('cpdRecord', record);
  }

  @Mutation(() => LeadershipSettingsPayload, { description: 'Set a partnership’s minimum learning days a year (its admins).' })
  async leadershipSettingsUpdate(
    @Arg('input', { description: 'The partnership and its new minimum.' }) input: LeadershipSettingsUpdateInput,
    @Ctx() { principal, dataSource }: LeadershipContext,
  ) {
    if (!principal.usesPartnershipAdminRightsOf(input.partnershipId)) {
      throw forbidden('Only an admin of this partnership may change its settings.');
    }
    if (!Number.isInteger(input.minLearningDays) || input.minLearningDays < 0 || input.minLearningDays > 30) {
      return refused(
        'leadershipSettings',
        new UserErrors().add('minLearningDays', 'OUT_OF_RANGE', `minLearningDays must be from 0 to 30; got ${input.minLearningDays}.`).list,
      );
    }
    const saved = await dataSource.transaction(async (manager) => {
      await manager.upsert(LeadershipSettings, { partnershipId: input.partnershipId, minLearningDays: input.minLearningDays }, [
        'partnershipId',
      ]);
      return manager.findOneByOrFail(LeadershipSettings, { partnershipId: input.partnershipId });
    });
    return succeeded('leadershipSettings', saved);
  }
}
