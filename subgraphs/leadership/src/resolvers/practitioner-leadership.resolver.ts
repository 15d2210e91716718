/** The leadership fields this subgraph adds to Practitioner, owned by the councils subgraph: pathways, ASYE, CPD and mentoring. */
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { academicYearOf } from '#hub/shared/academic-year';
import { AcademicYearScalar } from '#hub/shared/scalars';
import { assertUuidArgument } from '#hub/shared/input-checks';
import { settled } from '#hub/shared/loaders';
import type { LeadershipContext } from '../context';
import { AsyeRecord } from '../entities/asye-record.entity';
import { CpdRecord } from '../entities/cpd-record.entity';
import { MentoringRelationship } from '../entities/mentoring-relationship.entity';
import { PathwayEnrolment } from '../entities/pathway-enrolment.entity';
import { cpdCompliance } from '../rules/cpd-compliance';
import { summariseMentoring } from '../rules/leadership-report';
import { academicYearPeriod } from '../rules/report-period';
import { CpdCompliance } from '../types/figures';
import { MentoringReceived } from '../types/mentoring-received';
import { Practitioner } from '../types/practitioner';
import { periodsAsked } from '../types/report-period-args';

const REGISTRATION_YEAR_ARGUMENT = {
  nullable: true,
  description: 'The registration year, named by the 30 November it ends on: from 2000 to the one running now, which is the default.',
};

@Resolver(() => Practitioner)
export class PractitionerLeadershipResolver {
  @FieldResolver(() => [PathwayEnrolment], {
    nullable: true,
    description: 'Their pathway enrolments: for themselves and their council’s admins.',
  })
  async pathways(@Root() practitioner: Practitioner, @Ctx() { loaders }: LeadershipContext): Promise<PathwayEnrolment[]> {
    return (await loaders.enrolmentsByPractitioner.load(practitioner.id)).filter((row) => loaders.scope.canSeeStaffRecord(row));
  }

  @FieldResolver(() => AsyeRecord, { nullable: true, description: 'Their latest ASYE record: for themselves and their council’s admins.' })
  async asye(@Root() practitioner: Practitioner, @Ctx() { loaders }: LeadershipContext): Promise<AsyeRecord | null> {
    const records = (await loaders.asyeByPractitioner.load(practitioner.id)).filter((row) => loaders.scope.canSeeStaffRecord(row));
    return records.at(-1) ?? null;
  }

  @FieldResolver(() => [CpdRecord], {
    nullable: true,
    description: 'Their CPD in a registration year (the current one if not given): for themselves and their council’s admins.',
  })
  async cpd(
    @Root() practitioner: Practitioner,
    @Ctx() { loaders, today }: LeadershipContext,
    @Arg('registrationYear', () => Int, REGISTRATION_YEAR_ARGUMENT) registrationYear?: number,
  ): Promise<CpdRecord[]> {
    const { from, to } = periodsAsked({ registrationYear }, today).registrationYear;
    return (await loaders.cpdByPractitioner.load(practitioner.id)).filter(
      (row) => loaders.scope.canSeeStaffRecord(row) && row.completedOn >= from && row.completedOn <= to,
    );
  }

  @FieldResolver(() => CpdCompliance, {
    nullable: true,
    description:
      'Whether their CPD meets the rule in a registration year, with the minimum learning days of a partnership if given. Null for anyone but them and their council’s admins.',
  })
  async cpdCompliance(
    @Root() practitioner: Practitioner,
    @Ctx() { loaders, today }: LeadershipContext,
    @Arg('registrationYear', () => Int, REGISTRATION_YEAR_ARGUMENT) registrationYear?: number,
    @Arg('partnershipId', () => ID, {
      nullable: true,
      description: 'Count learning days against this partnership’s minimum; no minimum when not given.',
    })
    partnershipId?: string,
  ): Promise<CpdCompliance | null> {
    assertUuidArgument(partnershipId, 'partnershipId');
    const council = await loaders.recordedCouncilByPractitioner.load(practitioner.id);
    if (!loaders.scope.canSeeStaffRecord({ practitionerId: practitioner.id, councilId: council ?? '' })) return null;
    const minLearningDays = partnershipId ? (await loaders.settingsByPartnership.load(partnershipId)).minLearningDays : 0;
    const records = await loaders.cpdByPractitioner.load(practitioner.id);
    return cpdCompliance(records, periodsAsked({ registrationYear }, today).registrationYear.year, minLearningDays);
  }

  @FieldResolver(() => [MentoringRelationship], {
    nullable: true,
    description: 'Mentoring they receive or give, as far as you may see: themselves, their mentor, and their council’s admins.',
  })
  async mentoring(@Root() practitioner: Practitioner, @Ctx() { loaders }: LeadershipContext): Promise<MentoringRelationship[]> {
    const [asMentee, asMentor] = await Promise.all([
      loaders.relationshipsByMentee.load(practitioner.id),
      loaders.relationshipsByMentorPractitioner.load(practitioner.id),
    ]);
    return [...asMentee, ...asMentor].filter((relationship) => loaders.scope.canSeeMentoring(relationship));
  }

  @Directive('@requires(fields: "council { id partnerships { id } }")')
  @FieldResolver(() => MentoringReceived, {
    nullable: true,
    description:
      'The mentoring they receive in an academic year (this one if not given), in hours: for themselves, their council’s admins and the admins of partnerships their council is a member of; null for anyone else.',
  })
  async mentoringReceived(
    @Root() practitioner: Practitioner,
    @Ctx() { principal, loaders, today }: LeadershipContext,
    @Arg('academicYear', () => AcademicYearScalar, { nullable: true, description: 'The academic year; the current one when left out.' })
    academicYear?: string,
  ): Promise<MentoringReceived | null> {
    const council = practitioner.council;
    const maySee =
      practitioner.id === principal.practitionerId ||
      (council !== undefined &&
        (principal.isCouncilAdminOf(council.id) || (council.partnerships ?? []).some(({ id }) => principal.isPartnershipAdminOf(id))));
    if (!maySee) return null;
    const year = academicYear ?? academicYearOf(today);
    const relationships = (await loaders.relationshipsByMentee.load(practitioner.id)).filter(
      (relationship) => council === undefined || relationship.menteeCouncilId === council.id,
    );
    const sessions = settled(await loaders.sessionsByRelationship.loadMany(relationships.map((relationship) => relationship.id))).flat();
    const { activeRelationships, sessionsInAcademicYear, hoursInAcademicYear } = summariseMentoring(
      relationships,
      sessions,
      academicYearPeriod(year),
      today,
    );
    return { academicYear: year, currentMentors: activeRelationships, sessionsInAcademicYear, hoursInAcademicYear };
  }
}
