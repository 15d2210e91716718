/**
 * Academic years run from 1 August to 31 July and are written "2025/26". Dates are compared as
 * ISO strings; a session's date is its date in England (`dateInEngland` in clock.ts), not in UTC.
 */
import type { IsoDate } from './iso-date';

export type AcademicYear = string;

export const ACADEMIC_YEAR_EXPECTED = 'a year from 2000 to 2099 and the next year’s last two digits, e.g. 2025/26';

const ACADEMIC_YEAR = /^(\d{4})\/(\d{2})$/;

export function isAcademicYear(value: string): boolean {
  const match = ACADEMIC_YEAR.exec(value);
  if (!match) return false;
  const start = Number(match[1]);
  return start >= 2000 && start <= 2099 && (start + 1) % 100 === Number(match[2]);
}

export interface AcademicYearBounds {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export function academicYearBounds(year: AcademicYear): AcademicYearBounds {
  const start = Number(year.slice(0, 4));
  return { from: `${start}-08-01`, to: `${start + 1}-07-31` };
}

export function academicYearOf(date: IsoDate): AcademicYear {
  const year = Number(date.slice(0, 4));
  const start = date.slice(5) >= '08-01' ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}
