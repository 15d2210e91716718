/** Builds the progress report for one council or a partnership's councils from the request's loaders. */
import { todayInEngland } from '../../../../shared/academic-year';
import type { LeadershipContext } from '../context';
import type { Pathway } from '../entities/pathway.entity';
import { registrationYearBounds, registrationYearOf } from '../rules/cpd-compliance';
import { summariseAsyeCohort, summariseCpd, summariseMentoring, summarisePathways } from '../rules/leadership-report';
import type { Council } from '../types/council';
import type { RawLeadershipProgress } from './shown-leadership-progress';

function settled<T>(values: (T | Error)[]): T[] {
  return values.map((value) => {
    if (value instanceof Error) throw value;
    return value;
  });
}

export async function leadershipProgressOf(
  councilIds: readonly string[],
  council: Council | null,
  minLearningDays: number,
  { loaders }: LeadershipContext,
): Promise<RawLeadershipProgress> {
  const today = todayInEngland();
  const registrationYear = registrationYearOf(today);
  const yearFrom = registrationYearBounds(registrationYear).from;
  const ids = [...councilIds];
  const [enrolments, asye, cpd, relationships, sessions, owned] = await Promise.all([
    loaders.enrolmentsByCouncil.loadMany(ids).then(settled),
    loaders.asyeByCouncil.loadMany(ids).then(settled),
    loaders.cpdByCouncil.loadMany(ids).then(settled),
    loaders.relationshipsByMenteeCouncil.loadMany(ids).then(settled),
    loaders.sessionsByMenteeCouncil.loadMany(ids).then(settled),
    loaders.pathwaysOwnedByCouncil.loadMany(ids).then(settled),
  ]);
  const allEnrolments = enrolments.flat();
  const pathwayIds = [...new Set([...owned.flat().map((pathway) => pathway.id), ...allEnrolments.map((enrolment) => enrolment.pathwayId)])];
  const [pathways, stages] = await Promise.all([
    loaders.pathwayById.loadMany(pathwayIds).then(settled),
    loaders.stagesByPathway.loadMany(pathwayIds).then(settled),
  ]);
  const stagesByPathway = new Map(pathwayIds.map((id, index) => [id, stages[index]]));
  const pathwayFigures = summarisePathways(allEnrolments, stagesByPathway, yearFrom, today);

  const cpdRecords = cpd.flat();
  const recordsByPractitioner = new Map<string, typeof cpdRecords>();
  for (const record of cpdRecords)
    recordsByPractitioner.set(record.practitionerId, [...(recordsByPractitioner.get(record.practitionerId) ?? []), record]);
  const known = new Set([
    ...cpdRecords.map((record) => record.practitionerId),
    ...allEnrolments.map((enrolment) => enrolment.practitionerId),
    ...asye.flat().map((record) => record.practitionerId),
    ...relationships.flat().map((relationship) => relationship.menteePractitionerId),
  ]);

  return {
    council,
    asOf: today,
    pathways: pathwayFigures
      .map((figures) => {
        const pathway = pathways.find((row) => row?.id === figures.pathwayId) as Pathway;
        return {
          pathway,
          enrolled: figures.enrolled,
          completedThisYear: figures.completedThisYear,
          withdrawnThisYear: figures.withdrawnThisYear,
          stages: figures.stages.map((stage) => ({
            ...stage,
            stage: stagesByPathway.get(figures.pathwayId)!.find((row) => row.id === stage.stageId)!,
          })),
        };
      })
      .sort((a, b) => a.pathway.name.localeCompare(b.pathway.name)),
    asye: summariseAsyeCohort(asye.flat(), yearFrom, today),
    cpd: summariseCpd([...known], recordsByPractitioner, registrationYear, minLearningDays),
    mentoring: summariseMentoring(relationships.flat(), sessions.flat(), yearFrom, today),
  };
}
