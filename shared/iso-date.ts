/**
 * Calendar dates as ISO strings (YYYY-MM-DD), the form PostgreSQL `date` columns and the
 * GraphQL `Date` scalar use. Arithmetic is done in UTC so no time zone moves a date.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

// Report rules add days and months to thousands of dates a request; reading and writing the
// numbers directly avoids parsing and formatting a Date string each time.
export function addDays(date: IsoDate, days: number): IsoDate {
  const shifted = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days));
  return isoDateOf(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** The ISO form of a calendar date given as numbers (month 1 to 12). */
export function isoDateOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function earlierDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

export function laterDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/** Monday to Friday; bank holidays are not known here. */
export function isWeekday(date: IsoDate): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
}
