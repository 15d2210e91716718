/**
 * A partnership's teaching promises: what a valid set of targets is, and how each compares with
 * the year's teaching figures, for the partnership and for each member university and council.
 * Sessions, hours and lecturer-days build up over the year; the co-delivered share is a level.
 */
import { academicYearBounds } from '#hub/shared/academic-year';
import { agreementProgress, AgreementMeasure, type AgreementProgress, type MeasureShape } from '#hub/shared/agreement-progress';
import type { UserErrors } from '#hub/shared/errors';
import type { IsoDate } from '#hub/shared/iso-date';
import type { TeachingAgreement } from '../entities/teaching-agreement.entity';
import { TeachingSessionKind } from '../types/enums';
import type { TeachingKindFigures } from '../types/figures';

export const MAX_SESSION_TARGET = 10_000;
export const MAX_TEACHING_HOURS_TARGET = 100_000;

export type TeachingTargets = Pick<
  TeachingAgreement,
  | 'seminars'
  | 'lectures'
  | 'masterclasses'
  | 'workshops'
  | 'conferenceSessions'
  | 'coDeliveredShare'
  | 'practitionerTeachingHours'
  | 'lecturerDaysInPractice'
>;

/** Each session kind's target field and the measure it reports as. */
export const SESSION_TARGETS: readonly { kind: TeachingSessionKind; field: keyof TeachingTargets; measure: AgreementMeasure }[] = [
  { kind: TeachingSessionKind.SEMINAR, field: 'seminars', measure: AgreementMeasure.SEMINARS },
  { kind: TeachingSessionKind.LECTURE, field: 'lectures', measure: AgreementMeasure.LECTURES },
  { kind: TeachingSessionKind.MASTERCLASS, field: 'masterclasses', measure: AgreementMeasure.MASTERCLASSES },
  { kind: TeachingSessionKind.WORKSHOP, field: 'workshops', measure: AgreementMeasure.WORKSHOPS },
  { kind: TeachingSessionKind.CONFERENCE_SESSION, field: 'conferenceSessions', measure: AgreementMeasure.CONFERENCE_SESSIONS },
];

function checkWhole(errors: UserErrors, field: string, value: number | null | undefined, max: number): void {
  if (value === null || value === undefined) return;
  if (!Number.isInteger(value) || value < 0 || value > max) {
    errors.add(field, 'OUT_OF_RANGE', `${field} must be a whole number from 0 to ${max}; got ${value}.`);
  }
}

function checkDecimal(errors: UserErrors, field: string, value: number | null | undefined, max: number, places: number): void {
  if (value === null || value === undefined) return;
  const scaled = value * 10 ** places;
  if (!Number.isFinite(value) || value < 0 || value > max || Math.abs(scaled - Math.round(scaled)) > 1e-6) {
    errors.add(field, 'OUT_OF_RANGE', `${field} must be from 0 to ${max} with at most ${places} decimal places; got ${value}.`);
  }
}

export function checkTeachingTargets(errors: UserErrors, targets: Partial<TeachingTargets>): void {
  for (const { field } of SESSION_TARGETS) checkWhole(errors, field, targets[field], MAX_SESSION_TARGET);
  checkWhole(errors, 'lecturerDaysInPractice', targets.lecturerDaysInPractice, MAX_SESSION_TARGET);
  checkDecimal(errors, 'coDeliveredShare', targets.coDeliveredShare, 1, 4);
  checkDecimal(errors, 'practitionerTeachingHours', targets.practitionerTeachingHours, MAX_TEACHING_HOURS_TARGET, 2);
}

/** A figure as shown, with whether it was withheld from the viewer. */
interface ShownFigure {
  readonly value: number | null;
  readonly withheld: boolean;
}

export function shownFigure<F extends { suppressed: string[] }>(figures: F, field: keyof F & string): ShownFigure {
  return { value: figures[field] as number | null, withheld: figures.suppressed.includes(field) };
}

/** The figures the teaching targets are measured against, for the partnership or one member. */
export interface TeachingActuals {
  readonly byKind?: readonly TeachingKindFigures[];
  readonly coDeliveredShare?: ShownFigure;
  readonly practitionerTeachingHours?: ShownFigure;
  readonly lecturerDaysInPractice?: ShownFigure;
}

/**
 * One line per target the agreement sets that these actuals cover. `wholeTargets`: the actuals
 * are the partnership's, so count targets apply; a member's row gets only the share's target,
 * which each member can meet on its own, and its part of the counts.
 */
export function teachingProgress(
  agreement: TeachingAgreement,
  actuals: TeachingActuals,
  { today, wholeTargets }: { today: IsoDate; wholeTargets: boolean },
): AgreementProgress[] {
  const period = academicYearBounds(agreement.academicYear);
  const line = (measure: AgreementMeasure, target: number | null, actual: ShownFigure, shape: MeasureShape) =>
    agreementProgress(measure, target, actual.value, { shape, period, today, withheld: actual.withheld });
  const lines: AgreementProgress[] = [];
  if (actuals.byKind) {
    for (const { kind, field, measure } of SESSION_TARGETS) {
      const target = agreement[field] as number | null;
      const figures = actuals.byKind.find((row) => row.kind === kind);
      if (target !== null && figures) lines.push(line(measure, wholeTargets ? target : null, shownFigure(figures, 'sessions'), 'accrues'));
    }
  }
  if (agreement.coDeliveredShare !== null && actuals.coDeliveredShare) {
    lines.push(line(AgreementMeasure.CO_DELIVERED_SHARE, agreement.coDeliveredShare, actuals.coDeliveredShare, 'level'));
  }
  if (agreement.practitionerTeachingHours !== null && actuals.practitionerTeachingHours) {
    const target = wholeTargets ? agreement.practitionerTeachingHours : null;
    lines.push(line(AgreementMeasure.PRACTITIONER_TEACHING_HOURS, target, actuals.practitionerTeachingHours, 'accrues'));
  }
  if (agreement.lecturerDaysInPractice !== null && actuals.lecturerDaysInPractice) {
    const target = wholeTargets ? agreement.lecturerDaysInPractice : null;
    lines.push(line(AgreementMeasure.LECTURER_DAYS_IN_PRACTICE, target, actuals.lecturerDaysInPractice, 'accrues'));
  }
  return lines;
}
