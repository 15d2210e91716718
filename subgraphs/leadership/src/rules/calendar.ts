/**
 * Month and day arithmetic for review dates. Adding months keeps the day of the month where it
 * can and otherwise takes the month's last day, as a calendar does: 31 January plus one month is
 * 28 February, or 29 February in a leap year.
 */
import { addDays, isoDateOf, type IsoDate } from '#hub/shared/iso-date';

export function addMonths(date: IsoDate, months: number): IsoDate {
  const monthsSinceYearZero = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(monthsSinceYearZero / 12);
  const month = monthsSinceYearZero - year * 12 + 1;
  // Day 0 of the next month is this month's last day.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoDateOf(year, month, Math.min(Number(date.slice(8, 10)), lastDay));
}

/** Days from one date to a later one: 0 for the same day. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A period when the clock stopped (illness, parental leave); an open one runs to today. */
export interface Pause {
  readonly startedOn: IsoDate;
  readonly endedOn: IsoDate | null;
}

/** Days a pause lasts, from its first day up to the day before it ended (or up to today while open). */
export function pauseLength(pause: Pause, today: IsoDate): number {
  return Math.max(0, daysBetween(pause.startedOn, pause.endedOn ?? today));
}

/**
 * A date due `months` after `start`, moved on by every pause that began before it fell due, in
 * order, so a pause that pushes a date past the start of a later pause picks that one up too.
 */
export function dueAfterPauses(start: IsoDate, months: number, pauses: readonly Pause[], today: IsoDate): IsoDate {
  let due = addMonths(start, months);
  for (const pause of [...pauses].sort((a, b) => a.startedOn.localeCompare(b.startedOn))) {
    if (pause.startedOn < due) due = addDays(due, pauseLength(pause, today));
  }
  return due;
}

/** Days of pause between `start` and `until`. */
export function pausedDaysUntil(pauses: readonly Pause[], until: IsoDate, today: IsoDate): number {
  return pauses
    .filter((pause) => pause.startedOn < until)
    .reduce((sum, pause) => sum + Math.min(pauseLength(pause, today), daysBetween(pause.startedOn, until)), 0);
}
