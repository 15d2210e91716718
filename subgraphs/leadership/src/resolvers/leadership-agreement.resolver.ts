/** A partnership's practice-leadership promises per academic year: set by its admins, read against the member councils' roll-up. */
import { Arg, Ctx, Directive, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { academicYearOf } from '#hub/shared/academic-year';
import { forbidden, UserErrors } from '#hub/shared/errors';
import { refused, succeeded } from '#hub/shared/payload';
import { upsertRow } from '#hub/shared/write';
import { AcademicYearScalar } from '#hub/shared/scalars';
import type { LeadershipContext } from '../context';
import { LeadershipAgreement } from '../entities/leadership-agreement.entity';
import { checkLeadershipTargets, leadershipProgressAgainst } from '../rules/leadership-agreement';
import { registrationYearOfAgreement } from '../rules/report-period';
import { checkPartnershipExists } from '../services/councils-register';
import { partnershipLeadershipProgress } from '../services/partnership-leadership-progress';
import { LeadershipAgreementProgress } from '../types/leadership-agreement';
import { LeadershipAgreementSetInput } from '../types/leadership-agreement.inputs';
import { Partnership } from '../types/council';
import { LeadershipAgreementPayload } from '../types/payloads';
import { periodsAsked } from '../types/report-period-args';

@Resolver(() => Partnership)
export class LeadershipAgreementResolver {
  @Directive('@requires(fields: "councils { id }")')
  @FieldResolver(() => LeadershipAgreementProgress, {
    nullable: true,
    description:
      'What the partnership’s agreement promises of its councils’ practice leadership in an academic year (this one if not given), against the roll-up; null when it promises nothing for that year. For the partnership’s admins, dashboard_viewer tokens that name it and admins of its member councils; small counts withheld as in leadershipProgress.',
  })
  async leadershipAgreement(
    @Root() partnership: Partnership,
    @Ctx() context: LeadershipContext,
    @Arg('academicYear', () => AcademicYearScalar, {
      nullable: true,
      description: 'The academic year, e.g. 2025/26; the current one when left out.',
    })
    academicYear?: string,
    @Arg('registrationYear', () => Int, {
      nullable: true,
      description:
        'The registration year to count CPD in. Default: the one that begins on 1 December of the academic year, or, until that day, the one running.',
    })
    registrationYear?: number,
  ): Promise<LeadershipAgreementProgress | null> {
    const { principal, loaders, today } = context;
    const memberCouncilIds = (partnership.councils ?? []).map((council) => council.id);
    const mayRead =
      principal.isPartnershipAdminOf(partnership.id) ||
      (principal.has('dashboard_viewer') && principal.partnershipIds.has(partnership.id)) ||
      memberCouncilIds.some((id) => principal.isCouncilAdminOf(id));
    if (!mayRead) {
      throw forbidden('The agreement’s leadership figures are for the partnership’s admins, its dashboards and its councils’ admins.');
    }
    const year = academicYear ?? academicYearOf(today);
    const targets = await loaders.agreementByPartnershipYear.load({ id: partnership.id, academicYear: year });
    if (!targets) return null;
    const periods = periodsAsked(
      { academicYear: year, registrationYear: registrationYear ?? registrationYearOfAgreement(year, today) },
      today,
    );
    const [{ total, byCouncil }, { minLearningDays }] = await Promise.all([
      partnershipLeadershipProgress(partnership, periods, context),
      loaders.settingsByPartnership.load(partnership.id),
    ]);
    return {
      academicYear: year,
      registrationYear: periods.registrationYear.year,
      targets,
      minLearningDays,
      progress: leadershipProgressAgainst(targets, minLearningDays, total, { today, wholeTargets: true }),
      byCouncil: byCouncil.map((report, index) => ({
        council: { id: memberCouncilIds[index] },
        progress: leadershipProgressAgainst(targets, minLearningDays, report, { today, wholeTargets: false }),
      })),
    };
  }

  @Mutation(() => LeadershipAgreementPayload, {
    description:
      'Set what a partnership’s agreement promises of its councils’ practice leadership in an academic year (its admins). The set replaces the year’s last; a figure left out promises nothing.',
  })
  async leadershipAgreementSet(
    @Arg('input', { description: 'The partnership, the year and its leadership targets.' }) input: LeadershipAgreementSetInput,
    @Ctx() context: LeadershipContext,
  ) {
    const { principal, dataSource } = context;
    if (!principal.usesPartnershipAdminRightsOf(input.partnershipId)) {
      throw forbidden('Only an admin of this partnership may set its agreement.');
    }
    const { partnershipId, academicYear } = input;
    const targets = { cpdComplianceRate: input.cpdComplianceRate ?? null, pathwayCompletions: input.pathwayCompletions ?? null };
    const errors = new UserErrors();
    checkLeadershipTargets(errors, targets);
    if (!errors.any) await checkPartnershipExists(partnershipId, 'partnershipId', context, errors);
    if (errors.any) return refused('leadershipAgreement', errors.list);
    return succeeded(
      'leadershipAgreement',
      await upsertRow(dataSource, LeadershipAgreement, { partnershipId, academicYear, ...targets }, ['partnershipId', 'academicYear']),
    );
  }
}
