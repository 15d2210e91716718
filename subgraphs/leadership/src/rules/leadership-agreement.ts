/**
 * A partnership's practice-leadership promises: what a valid set of targets is, and how each
 * compares with the leadership roll-up as the viewer sees it. CPD is counted in the registration
 * year, pathway completions in the academic year; the learning-days promise is the partnership's
 * minimum learning days (LeadershipSettings), met when every practitioner reaches it.
 */
import { agreementProgress, AgreementMeasure, type AgreementProgress, type Period } from '#hub/shared/agreement-progress';
import type { UserErrors } from '#hub/shared/errors';
import type { IsoDate } from '#hub/shared/iso-date';
import type { LeadershipAgreement } from '../entities/leadership-agreement.entity';
import type { LeadershipProgress } from '../types/figures';

export const MAX_PATHWAY_COMPLETIONS_TARGET = 10_000;

export function checkLeadershipTargets(
  errors: UserErrors,
  targets: Pick<LeadershipAgreement, 'cpdComplianceRate' | 'pathwayCompletions'>,
): void {
  const rate = targets.cpdComplianceRate;
  if (rate !== null && (!Number.isFinite(rate) || rate < 0 || rate > 1 || Math.abs(rate * 10_000 - Math.round(rate * 10_000)) > 1e-6)) {
    errors.add('cpdComplianceRate', 'OUT_OF_RANGE', `cpdComplianceRate must be from 0 to 1 with at most 4 decimal places; got ${rate}.`);
  }
  const completions = targets.pathwayCompletions;
  if (completions !== null && (!Number.isInteger(completions) || completions < 0 || completions > MAX_PATHWAY_COMPLETIONS_TARGET)) {
    errors.add(
      'pathwayCompletions',
      'OUT_OF_RANGE',
      `pathwayCompletions must be a whole number from 0 to ${MAX_PATHWAY_COMPLETIONS_TARGET}; got ${completions}.`,
    );
  }
}

/** A share of two shown counts: withheld when either is, null when there is nothing to share. */
function shareOf(part: number | null, whole: number | null): { value: number | null; withheld: boolean } {
  if (part === null || whole === null) return { value: null, withheld: true };
  return { value: whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000, withheld: false };
}

/**
 * The year's completions over every pathway: withheld when any pathway's is, so the sum never
 * gives away a count the roll-up withholds.
 */
function completions(report: LeadershipProgress): { value: number | null; withheld: boolean } {
  const counts = report.pathways.map((pathway) => pathway.completedInAcademicYear);
  if (counts.some((count) => count === null)) return { value: null, withheld: true };
  return { value: counts.reduce<number>((sum, count) => sum + count!, 0), withheld: false };
}

function period(figures: { from: string; to: string }): Period {
  return { from: figures.from, to: figures.to };
}

/**
 * One line per promise. `wholeTargets`: the report is the partnership's, so the completions target
 * applies; a council's row gets the rates' targets, which each council can meet on its own.
 */
export function leadershipProgressAgainst(
  agreement: LeadershipAgreement,
  minLearningDays: number,
  report: LeadershipProgress,
  { today, wholeTargets }: { today: IsoDate; wholeTargets: boolean },
): AgreementProgress[] {
  const { cpd } = report;
  const lines: AgreementProgress[] = [];
  if (agreement.cpdComplianceRate !== null) {
    lines.push(
      agreementProgress(AgreementMeasure.CPD_COMPLIANCE_RATE, agreement.cpdComplianceRate, cpd.complianceRate, {
        shape: 'level',
        period: period(cpd.period),
        today,
        withheld: cpd.suppressed.includes('complianceRate'),
      }),
    );
  }
  if (minLearningDays > 0) {
    const share = shareOf(cpd.withMinimumLearningDays, cpd.practitioners);
    lines.push(
      agreementProgress(AgreementMeasure.PRACTITIONERS_WITH_LEARNING_DAYS, 1, share.value, {
        shape: 'level',
        period: period(cpd.period),
        today,
        withheld: share.withheld,
      }),
    );
  }
  if (agreement.pathwayCompletions !== null) {
    const completed = completions(report);
    const academicYear = report.asye.period;
    lines.push(
      agreementProgress(AgreementMeasure.PATHWAY_COMPLETIONS, wholeTargets ? agreement.pathwayCompletions : null, completed.value, {
        shape: 'accrues',
        period: period(academicYear),
        today,
        withheld: completed.withheld,
      }),
    );
  }
  return lines;
}
