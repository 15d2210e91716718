/**
 * The progress report as a viewer sees it: exact for the council's or partnership's own admins,
 * small counts withheld for the dashboards that see the roll-up. The partnership's total is tied
 * to its councils' figures field by field, and a pathway's count to its stages', so no withheld
 * count can be worked out by subtraction, even by a council's admin who knows their own row; and
 * a count of some of the people another figure counts (compliant practitioners, ASYE records with
 * overdue reviews) is withheld when the rest are 1 to 4.
 */
import { FigureSheet, type FigureRules, type FigureViewer } from '#hub/shared/small-counts';
import type { PathwayStage } from '../entities/pathway-stage.entity';
import type { Pathway } from '../entities/pathway.entity';
import type { AsyeCohortFigures, CpdFigures, MentoringFigures } from './leadership-report';
import type { ReportPeriod } from './report-period';
import type { Council } from '../types/council';
import type { LeadershipProgress } from '../types/figures';

interface RawStage {
  readonly stage: PathwayStage;
  readonly enrolled: number;
  readonly onTrack: number;
  readonly overdue: number;
  readonly paused: number;
}

interface RawPathway {
  readonly pathway: Pathway;
  readonly enrolled: number;
  readonly completedInAcademicYear: number;
  readonly withdrawnInAcademicYear: number;
  readonly period: ReportPeriod;
  readonly stages: readonly RawStage[];
}

type WithPeriod<F> = F & { readonly period: ReportPeriod };
export type RawCpdFigures = WithPeriod<CpdFigures>;

export interface RawLeadershipProgress {
  readonly council: Council | null;
  readonly asOf: string;
  readonly pathways: readonly RawPathway[];
  readonly asye: WithPeriod<AsyeCohortFigures>;
  readonly cpd: RawCpdFigures;
  readonly cpdYearJustEnded: RawCpdFigures | null;
  readonly mentoring: WithPeriod<MentoringFigures>;
}

const STAGE: FigureRules<RawStage> = {
  counts: ['enrolled', 'onTrack', 'overdue', 'paused'],
  sums: [['enrolled', 'onTrack', 'overdue', 'paused']],
};
const PATHWAY: FigureRules<RawPathway> = { counts: ['enrolled', 'completedInAcademicYear', 'withdrawnInAcademicYear'] };
const ASYE: FigureRules<WithPeriod<AsyeCohortFigures>> = {
  counts: [
    'inProgress',
    'paused',
    'reviewsDueSoon',
    'reviewsOverdue',
    'recordsWithOverdueReviews',
    'evidenceGapsNearFinalReview',
    'completedInAcademicYear',
  ],
  // Both count records among those running (in progress or paused).
  complements: [
    { whole: ['inProgress', 'paused'], part: 'recordsWithOverdueReviews' },
    { whole: ['inProgress', 'paused'], part: 'evidenceGapsNearFinalReview' },
  ],
};
type CpdField = 'practitioners' | 'compliant' | 'complianceRate' | 'withMinimumLearningDays';
const CPD_COUNTS = ['practitioners', 'compliant', 'withMinimumLearningDays'] as const;
const CPD: FigureRules<RawCpdFigures, CpdField> = {
  counts: CPD_COUNTS,
  derived: { complianceRate: ['practitioners', 'compliant'] },
  complements: [
    { whole: ['practitioners'], part: 'compliant' },
    { whole: ['practitioners'], part: 'withMinimumLearningDays' },
  ],
};
const MENTORING: FigureRules<WithPeriod<MentoringFigures>> = {
  counts: ['activeRelationships', 'sessionsInAcademicYear'],
  derived: { hoursInAcademicYear: ['sessionsInAcademicYear'] },
};

/** Every figure cell of one report, by the key it is added under, for tying a total to its councils. */
function cells(report: RawLeadershipProgress): Map<string, string[]> {
  const fields = new Map<string, string[]>([
    ['asye', [...ASYE.counts]],
    ['cpd', [...CPD_COUNTS]],
    ['mentoring', ['activeRelationships', 'sessionsInAcademicYear', 'hoursInAcademicYear']],
  ]);
  if (report.cpdYearJustEnded) fields.set('cpdYearJustEnded', [...CPD_COUNTS]);
  for (const figures of report.pathways) {
    fields.set(`pathway:${figures.pathway.id}`, [...PATHWAY.counts]);
    for (const stage of figures.stages) fields.set(`stage:${stage.stage.id}`, [...STAGE.counts]);
  }
  return fields;
}

function addReport(sheet: FigureSheet, key: string, report: RawLeadershipProgress, known = false): void {
  sheet.add(`${key}.asye`, report.asye, ASYE, { known });
  sheet.add(`${key}.cpd`, report.cpd, CPD, { known });
  if (report.cpdYearJustEnded) sheet.add(`${key}.cpdYearJustEnded`, report.cpdYearJustEnded, CPD, { known });
  sheet.add(`${key}.mentoring`, report.mentoring, MENTORING, { known });
  for (const figures of report.pathways) {
    const pathwayKey = `${key}.pathway:${figures.pathway.id}`;
    sheet.add(pathwayKey, figures, PATHWAY, { known });
    for (const stage of figures.stages) sheet.add(`${key}.stage:${stage.stage.id}`, stage, STAGE, { known });
    sheet.addSum(
      `${pathwayKey}.enrolled`,
      figures.stages.map((stage) => `${key}.stage:${stage.stage.id}.enrolled`),
    );
  }
}

function shownReport(sheet: FigureSheet, key: string, report: RawLeadershipProgress): LeadershipProgress {
  return {
    council: report.council,
    asOf: report.asOf,
    pathways: report.pathways.map((figures) => ({
      ...sheet.shown(`${key}.pathway:${figures.pathway.id}`, figures),
      stages: figures.stages.map((stage) => sheet.shown(`${key}.stage:${stage.stage.id}`, stage)),
    })),
    asye: sheet.shown(`${key}.asye`, report.asye),
    cpd: sheet.shown<RawCpdFigures, CpdField>(`${key}.cpd`, report.cpd),
    cpdYearJustEnded: report.cpdYearJustEnded && sheet.shown<RawCpdFigures, CpdField>(`${key}.cpdYearJustEnded`, report.cpdYearJustEnded),
    mentoring: sheet.shown(`${key}.mentoring`, report.mentoring),
  };
}

/** `viewer.knowsRow(index)`: the viewer reads `byCouncil[index]` exactly, as that council's admin. */
export function shownLeadershipProgress(
  total: RawLeadershipProgress,
  byCouncil: readonly RawLeadershipProgress[],
  viewer: FigureViewer,
): { total: LeadershipProgress; byCouncil: LeadershipProgress[] } {
  const sheet = new FigureSheet(viewer.exact);
  addReport(sheet, 'total', total);
  byCouncil.forEach((report, index) => addReport(sheet, `council${index}`, report, viewer.knowsRow?.(index)));
  for (const [object, fields] of cells(total)) {
    for (const field of fields) {
      sheet.addSum(
        `total.${object}.${field}`,
        byCouncil.map((_, index) => `council${index}.${object}.${field}`),
      );
    }
  }
  return {
    total: shownReport(sheet, 'total', total),
    byCouncil: byCouncil.map((report, index) => shownReport(sheet, `council${index}`, report)),
  };
}

/** One council's report, for its own admins: nothing withheld. */
export function exactLeadershipProgress(report: RawLeadershipProgress): LeadershipProgress {
  const sheet = new FigureSheet(true);
  return shownReport(sheet, 'council', report);
}
