/**
 * Social Work England's practice learning requirement: at least 200 days, made of up to 30 skills
 * days run by the university, a first placement of 70 days and a final placement of 100 days.
 */
import { addDays, isWeekday, type IsoDate } from '#hub/shared/iso-date';
import { PlacementLevel, PlacementSetting } from '../types/enums';

export const TOTAL_PRACTICE_DAYS = 200;
export const MAX_SKILLS_DAYS = 30;
export const PLACEMENT_DAYS: Record<PlacementLevel, number> = { [PlacementLevel.FIRST]: 70, [PlacementLevel.FINAL]: 100 };

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
