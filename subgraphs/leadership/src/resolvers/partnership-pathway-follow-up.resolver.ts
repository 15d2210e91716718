/**
 * The list a partnership works from to follow up leadership pathways: practitioners of member
 * councils who have been longer in their current stage than it expects, not counting pauses,
 * longest overdue first. For the partnership's admins, as the progress report counts them.
 */
import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { academicYearOf } from '#hub/shared/academic-year';
import { forbidden } from '#hub/shared/errors';
import { settled } from '#hub/shared/loaders';
import { memberCouncilsAsked } from '#hub/shared/member-councils';
import { decodeCursor, pageInMemory, pageSize, toConnection } from '#hub/shared/pagination';
import type { LeadershipContext } from '../context';
import type { PathwayStage } from '../entities/pathway-stage.entity';
import { stageLateness } from '../rules/pathway-progress';
import { academicYearPeriod } from '../rules/report-period';
import { EnrolmentStatus } from '../types/enums';
import { Partnership } from '../types/council';
import { PathwayStageFollowUpArgs, PathwayStageOverdueConnection, type PathwayStageOverdue } from '../types/pathway-stage-follow-up';

/** Longest overdue first: the expected end, oldest first. */
const sortValueOf = (row: PathwayStageOverdue) => row.expectedBy;

@Resolver(() => Partnership)
export class PartnershipPathwayFollowUpResolver {
  @Directive('@requires(fields: "councils { id }")')
  @FieldResolver(() => PathwayStageOverdueConnection, {
    nullable: true,
    description:
      'Practitioners of member councils longer in their pathway stage than it expects, not counting pauses, longest overdue first. For the partnership’s admins.',
  })
  async pathwayStagesOverdue(
    @Root() partnership: Partnership,
    @Args() args: PathwayStageFollowUpArgs,
    @Ctx() { principal, loaders, today }: LeadershipContext,
  ) {
    if (!principal.isPartnershipAdminOf(partnership.id)) {
      throw forbidden('Only an admin of this partnership sees its pathway follow-up list.');
    }
    const first = pageSize(args.first);
    const cursor = decodeCursor(args.after);
    const councilIds = memberCouncilsAsked(partnership, args.councilId);
    const enrolments = settled(await loaders.enrolmentsByCouncil(academicYearPeriod(academicYearOf(today))).loadMany(councilIds))
      .flat()
      // A paused enrolment's stage clock is stopped, so it is not overdue while paused.
      .filter((enrolment) => enrolment.status === EnrolmentStatus.ACTIVE)
      .filter((enrolment) => !args.pathwayId || enrolment.pathwayId === args.pathwayId);
    const pathwayIds = [...new Set(enrolments.map((enrolment) => enrolment.pathwayId))];
    const [pathways, stages] = await Promise.all([
      loaders.pathwayById.loadMany(pathwayIds).then(settled),
      loaders.stagesByPathway.loadMany(pathwayIds).then(settled),
    ]);
    const rows: PathwayStageOverdue[] = enrolments.flatMap((enrolment) => {
      const index = pathwayIds.indexOf(enrolment.pathwayId);
      const pathway = pathways[index];
      const stage = stages[index].find((candidate: PathwayStage) => candidate.position === enrolment.currentPosition);
      if (!pathway || !stage) return [];
      const lateness = stageLateness(enrolment.stageStartedOn, stage.expectedMonths, enrolment.pauses, today);
      if (lateness.daysOverdue <= 0) return [];
      return [
        {
          id: enrolment.id,
          practitioner: { id: enrolment.practitionerId },
          council: { id: enrolment.councilId },
          pathway,
          stage,
          stageStartedOn: enrolment.stageStartedOn,
          ...lateness,
        },
      ];
    });
    return toConnection(pageInMemory(rows, sortValueOf, { first, cursor }), sortValueOf);
  }
}
