/** Builds the progress report for one council or a partnership's councils, for its periods, from the request's loaders. */
import { settled } from '#hub/shared/loaders';
import type { LeadershipContext } from '../context';
import type { CpdRecord } from '../entities/cpd-record.entity';
import type { Pathway } from '../entities/pathway.entity';
import { summariseAsyeCohort, summariseCpd, summariseMentoring, summarisePathways } from '../rules/leadership-report';
import type { RegistrationYearPeriod, ReportPeriods } from '../rules/report-period';
import type { RawCpdFigures, RawLeadershipProgress } from '../rules/shown-leadership-progress';
import type { Council } from '../types/council';

export async function leadershipProgressOf(
  councilIds: readonly string[],
  council: Council | null,
  minLearningDays: number,
  periods: ReportPeriods,
  { loaders }: LeadershipContext,
): Promise<RawLeadershipProgress> {
  const { asOf: today, academicYear } = periods;
  const ids = [...councilIds];
  const cpdPeriods = [periods.registrationYear, ...(periods.registrationYearJustEnded ? [periods.registrationYearJustEnded] : [])];
  const [enrolments, asye, relationships, sessions, owned, cpdByPeriod, cohortByPeriod] = await Promise.all([
    loaders.enrolmentsByCouncil(academicYear).loadMany(ids).then(settled),
    loaders.asyeByCouncil(academicYear).loadMany(ids).then(settled),
    loaders.relationshipsByMenteeCouncil.loadMany(ids).then(settled),
    loaders.sessionsByMenteeCouncil(academicYear).loadMany(ids).then(settled),
    loaders.pathwaysOwnedByCouncil.loadMany(ids).then(settled),
    Promise.all(cpdPeriods.map((period) => loaders.cpdByCouncil(period).loadMany(ids).then(settled))),
    Promise.all(cpdPeriods.map((period) => loaders.cpdCohortByCouncil(period).loadMany(ids).then(settled))),
  ]);
  const allEnrolments = enrolments.flat();
  const pathwayIds = [...new Set([...owned.flat().map((pathway) => pathway.id), ...allEnrolments.map((enrolment) => enrolment.pathwayId)])];
  const [pathways, stages] = await Promise.all([
    loaders.pathwayById.loadMany(pathwayIds).then(settled),
    loaders.stagesByPathway.loadMany(pathwayIds).then(settled),
  ]);
  const stagesByPathway = new Map(pathwayIds.map((id, index) => [id, stages[index]]));
  const pathwayFigures = summarisePathways(allEnrolments, stagesByPathway, academicYear, today);

  const cpdIn = (period: RegistrationYearPeriod, records: readonly CpdRecord[], cohort: readonly string[]): RawCpdFigures => {
    const recordsByPractitioner = new Map<string, CpdRecord[]>();
    for (const record of records) {
      recordsByPractitioner.set(record.practitionerId, [...(recordsByPractitioner.get(record.practitionerId) ?? []), record]);
    }
    return { ...summariseCpd([...new Set(cohort)], recordsByPractitioner, period.year, minLearningDays), period };
  };
  const [cpd, cpdYearJustEnded] = cpdPeriods.map((period, index) => cpdIn(period, cpdByPeriod[index].flat(), cohortByPeriod[index].flat()));

  return {
    council,
    asOf: today,
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
    cpd,
    cpdYearJustEnded: cpdYearJustEnded ?? null,
    mentoring: { ...summariseMentoring(relationships.flat(), sessions.flat(), academicYear, today), period: academicYear },
  };
}
