/**
 * Builds the progress report for one council or a partnership's councils, for its periods, from the
 * request's loaders. Each part is worked out once per request for the same councils and period: a
 * view asks for the roll-up and for the agreement's progress, which rests on the same figures.
 */
import type { IsoDate } from '#hub/shared/iso-date';
import { settled } from '#hub/shared/loaders';
import { oncePerRequest } from '#hub/shared/request-memo';
import type { LeadershipContext } from '../context';
import type { CpdRecord } from '../entities/cpd-record.entity';
import type { Pathway } from '../entities/pathway.entity';
import { summariseAsyeCohort, summariseCpd, summariseMentoring, summarisePathways } from '../rules/leadership-report';
import type { RegistrationYearPeriod, ReportPeriod, ReportPeriods } from '../rules/report-period';
import type { RawCpdFigures, RawLeadershipProgress } from '../rules/shown-leadership-progress';
import type { Council } from '../types/council';

export async function leadershipProgressOf(
  councilIds: readonly string[],
  council: Council | null,
  minLearningDays: number,
  periods: ReportPeriods,
  context: LeadershipContext,
): Promise<RawLeadershipProgress> {
  const { asOf: today, academicYear } = periods;
  const cpdPeriods = [periods.registrationYear, ...(periods.registrationYearJustEnded ? [periods.registrationYearJustEnded] : [])];
  const [academicYearFigures, [cpd, cpdYearJustEnded]] = await Promise.all([
    academicYearProgress(councilIds, academicYear, today, context),
    Promise.all(cpdPeriods.map((period) => cpdProgress(councilIds, period, minLearningDays, context))),
  ]);
  return { council, asOf: today, ...academicYearFigures, cpd, cpdYearJustEnded: cpdYearJustEnded ?? null };
}

/** Pathways, ASYE and mentoring in an academic year: the same for every report of these councils in one request. */
function academicYearProgress(
  councilIds: readonly string[],
  academicYear: ReportPeriod,
  today: IsoDate,
  { loaders }: LeadershipContext,
): Promise<Pick<RawLeadershipProgress, 'pathways' | 'asye' | 'mentoring'>> {
  const ids = [...councilIds];
  return oncePerRequest(loaders, `academic-year:${academicYear.name}:${today}:${ids.join(',')}`, async () => {
    const [enrolments, asye, relationships, sessions, owned] = await Promise.all([
      loaders.enrolmentsByCouncil(academicYear).loadMany(ids).then(settled),
      loaders.asyeByCouncil(academicYear).loadMany(ids).then(settled),
      loaders.relationshipsByMenteeCouncil.loadMany(ids).then(settled),
      loaders.sessionsByMenteeCouncil(academicYear).loadMany(ids).then(settled),
      loaders.pathwaysOwnedByCouncil.loadMany(ids).then(settled),
    ]);
    const allEnrolments = enrolments.flat();
    const pathwayIds = [
      ...new Set([...owned.flat().map((pathway) => pathway.id), ...allEnrolments.map((enrolment) => enrolment.pathwayId)]),
    ];
    const [pathways, stages] = await Promise.all([
      loaders.pathwayById.loadMany(pathwayIds).then(settled),
      loaders.stagesByPathway.loadMany(pathwayIds).then(settled),
    ]);
    const stagesByPathway = new Map(pathwayIds.map((id, index) => [id, stages[index]]));
    const pathwayFigures = summarisePathways(allEnrolments, stagesByPathway, academicYear, today);
    return {
      pathways: pathwayFigures
        .map((figures) => {
          const pathway = pathways.find((row) => row?.id === figures.pathwayId) as Pathway;
          return {
            pathway,
            enrolled: figures.enrolled,
            completedInAcademicYear: figures.completedInAcademicYear,
            withdrawnInAcademicYear: figures.withdrawnInAcademicYear,
            period: academicYear,
            stages: figures.stages.map((stage) => ({
              ...stage,
              stage: stagesByPathway.get(figures.pathwayId)!.find((row) => row.id === stage.stageId)!,
            })),
          };
        })
        .sort((a, b) => a.pathway.name.localeCompare(b.pathway.name)),
      asye: { ...summariseAsyeCohort(asye.flat(), academicYear, today), period: academicYear },
      mentoring: { ...summariseMentoring(relationships.flat(), sessions.flat(), academicYear, today), period: academicYear },
    };
  });
}

/** CPD in a registration year: the same for every report of these councils in one request. */
function cpdProgress(
  councilIds: readonly string[],
  period: RegistrationYearPeriod,
  minLearningDays: number,
  { loaders }: LeadershipContext,
): Promise<RawCpdFigures> {
  const ids = [...councilIds];
  return oncePerRequest(loaders, `cpd:${period.name}:${minLearningDays}:${ids.join(',')}`, async () => {
    const [records, cohort] = await Promise.all([
      loaders.cpdByCouncil(period).loadMany(ids).then(settled),
      loaders.cpdCohortByCouncil(period).loadMany(ids).then(settled),
    ]);
    const recordsByPractitioner = new Map<string, CpdRecord[]>();
    for (const record of records.flat()) {
      const known = recordsByPractitioner.get(record.practitionerId);
      if (known) known.push(record);
      else recordsByPractitioner.set(record.practitionerId, [record]);
    }
    return { ...summariseCpd([...new Set(cohort.flat())], recordsByPractitioner, period.year, minLearningDays), period };
  });
}
