import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { forbidden, UserErrors } from '#hub/shared/errors';
import { checkFreeText, checkNotFuture, checkText, isUuid } from '#hub/shared/input-checks';
import { refused, succeeded } from '#hub/shared/payload';
import { insertNew } from '#hub/shared/write';
import type { LeadershipContext } from '../context';
import { CpdRecord } from '../entities/cpd-record.entity';
import { checkCpdHours } from '../rules/cpd-record';
import { checkPractitionerCouncil } from '../services/practitioner-council';
import { checkTeachingSessionOpenTo } from '../services/cpd-teaching-session';
import { CpdRecordAddInput } from '../types/cpd-record.inputs';
import { CpdRecordPayload } from '../types/payloads';

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
    const hours = checkCpdHours(errors, input.hours);
    if (input.teachingSessionId != null) await checkTeachingSessionOpenTo(input.teachingSessionId, input, context, errors);
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
}
