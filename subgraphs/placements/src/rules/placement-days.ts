/**
 * Social Work England's practice learning requirement: at least 200 days, made of up to 30 skills
 * days run by the university, a first placement of 70 days and a final placement of 100 days.
 */
import { PlacementLevel, PlacementSetting } from '../types/enums';

export const TOTAL_PRACTICE_DAYS = 200;
export const MAX_SKILLS_DAYS = 30;
export const PLACEMENT_DAYS: Record<PlacementLevel, number> = { [PlacementLevel.FIRST]: 70, [PlacementLevel.FINAL]: 100 };

export function isStatutorySetting(setting: PlacementSetting): boolean {
  return setting !== PlacementSetting.VOLUNTARY_OR_PRIVATE;
}

/** The planned end moved on by the working days missed: missed days are added on. */
export function extendedEnd(endsOn: string, missedDays: number): string {
  const date = new Date(`${endsOn}T00:00:00Z`);
  for (let added = 0; added < missedDays;) {
    date.setUTCDate(date.getUTCDate() + 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) added += 1;
  }
  return date.toISOString().slice(0, 10);
}
