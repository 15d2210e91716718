/**
 * Social Work England's practice learning requirement: at least 200 days, made of up to 30 skills
 * days run by the university, a first placement of 70 days and a final placement of 100 days.
 */
import type { UserErrors } from '#hub/shared/errors';
import { addDays, isWeekday, type IsoDate } from '#hub/shared/iso-date';
import { PlacementLevel, PlacementSetting } from '../types/enums';

export const TOTAL_PRACTICE_DAYS = 200;
export const MAX_SKILLS_DAYS = 30;
export const PLACEMENT_DAYS: Record<PlacementLevel, number> = { [PlacementLevel.FIRST]: 70, [PlacementLevel.FINAL]: 100 };
/** No single entry of days is longer than the longest placement. */
const MAX_DAYS_PER_ENTRY = PLACEMENT_DAYS[PlacementLevel.FINAL];

export function isStatutorySetting(setting: PlacementSetting): boolean {
  return setting !== PlacementSetting.VOLUNTARY_OR_PRIVATE;
}

/** The planned end moved on by the working days missed: missed days are added on. */
export function extendedEnd(endsOn: IsoDate, missedDays: number): IsoDate {
  let date = endsOn;
  for (let added = 0; added < missedDays;) {
    date = addDays(date, 1);
    if (isWeekday(date)) added += 1;
  }
  return date;
}

/** The skills days a university records: a whole number, at most the 30 that count. */
export function checkSkillsDays(days: number, errors: UserErrors): void {
  if (!Number.isInteger(days) || days < 0 || days > MAX_SKILLS_DAYS) {
    errors.add('days', 'OUT_OF_RANGE', `days must be a whole number from 0 to ${MAX_SKILLS_DAYS}; got ${days}.`);
  }
}

/** One entry of days done and days missed on a placement: whole numbers, none longer than a final placement. */
export function checkDaysEntry(entry: { daysCompleted: number; missedDays: number }, errors: UserErrors): void {
  for (const field of ['daysCompleted', 'missedDays'] as const) {
    const value = entry[field];
    if (!Number.isInteger(value) || value < 0 || value > MAX_DAYS_PER_ENTRY) {
      errors.add(field, 'OUT_OF_RANGE', `${field} must be a whole number from 0 to ${MAX_DAYS_PER_ENTRY}; got ${value}.`);
    }
  }
}

/** A placement's running totals after an entry: neither days done nor days missed goes past the whole 200. */
export function checkDaysTotals(
  placement: { daysCompleted: number; missedDays: number },
  entry: { daysCompleted: number; missedDays: number },
  errors: UserErrors,
): void {
  if (
    placement.daysCompleted + entry.daysCompleted > TOTAL_PRACTICE_DAYS ||
    placement.missedDays + entry.missedDays > TOTAL_PRACTICE_DAYS
  ) {
    errors.add(
      'daysCompleted',
      'OUT_OF_RANGE',
      `A placement records at most ${TOTAL_PRACTICE_DAYS} days done and ${TOTAL_PRACTICE_DAYS} missed.`,
    );
  }
}
