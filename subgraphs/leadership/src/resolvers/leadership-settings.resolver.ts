/** A partnership's CPD expectations, set by its admins for a partnership on the councils register; one that sets none gets the defaults. */
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { forbidden, UserErrors } from '#hub/shared/errors';
import { refused, succeeded } from '#hub/shared/payload';
import { upsertRow } from '#hub/shared/write';
import type { LeadershipContext } from '../context';
import { LeadershipSettings } from '../entities/leadership-settings.entity';
import { checkMinLearningDays } from '../rules/cpd-compliance';
import { checkPartnershipExists } from '../services/councils-register';
import { LeadershipSettingsUpdateInput } from '../types/leadership-settings.inputs';
import { LeadershipSettingsPayload } from '../types/payloads';

@Resolver(() => LeadershipSettings)
export class LeadershipSettingsResolver {
  @Mutation(() => LeadershipSettingsPayload, { description: 'Set a partnership’s minimum learning days a year (its admins).' })
  async leadershipSettingsUpdate(
    @Arg('input', { description: 'The partnership and its new minimum.' }) input: LeadershipSettingsUpdateInput,
    @Ctx() context: LeadershipContext,
  ) {
    const { principal, dataSource } = context;
    if (!principal.usesPartnershipAdminRightsOf(input.partnershipId)) {
      throw forbidden('Only an admin of this partnership may change its settings.');
    }
    const errors = new UserErrors();
    checkMinLearningDays(errors, input.minLearningDays);
    await checkPartnershipExists(input.partnershipId, 'partnershipId', context, errors);
    if (errors.any) return refused('leadershipSettings', errors.list);
    const values = { partnershipId: input.partnershipId, minLearningDays: input.minLearningDays };
    return succeeded('leadershipSettings', await upsertRow(dataSource, LeadershipSettings, values, ['partnershipId']));
  }
}
