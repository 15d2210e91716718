/**
 * A year's sessions broken down the way a partnership's board reads them: per session kind, and
 * per month of the academic year (August to July) with the kinds inside each month. Every kind and
 * every month has a row, zeros included, so tables line up from year to year.
 */
import { academicYearBounds, type AcademicYear } from '#hub/shared/academic-year';
import { TeachingSessionKind } from '../types/enums';
import { summariseSessions, type SessionRow, type SessionTotals } from './teaching-figures';

export interface KindTotals extends SessionTotals {
  readonly kind: TeachingSessionKind;
}

export interface MonthTotals extends SessionTotals {
  readonly month: string;
  readonly byKind: readonly KindTotals[];
}

/** One university's sessions in the year, in total and per kind. */
export interface UniversityTotals extends SessionTotals {
  readonly universityId: string;
  readonly byKind: readonly KindTotals[];
}

export interface TeachingBreakdown {
  readonly byKind: readonly KindTotals[];
  readonly byMonth: readonly MonthTotals[];
}

export const SESSION_KINDS: readonly TeachingSessionKind[] = Object.values(TeachingSessionKind);

/** The twelve months of an academic year, `2025-08` to `2026-07`. */
export function monthsOf(academicYear: AcademicYear): string[] {
  const start = Number(academicYearBounds(academicYear).from.slice(0, 4));
  return Array.from({ length: 12 }, (_, index) => {
    const month = (7 + index) % 12;
    return `${start + (index >= 5 ? 1 : 0)}-${String(month + 1).padStart(2, '0')}`;
  });
}

export function totalsByKind(rows: readonly SessionRow[]): KindTotals[] {
  return SESSION_KINDS.map((kind) => ({ kind, ...summariseSessions(rows.filter((row) => row.kind === kind)) }));
}

export function teachingBreakdown(academicYear: AcademicYear, rows: readonly SessionRow[]): TeachingBreakdown {
  return {
    byKind: totalsByKind(rows),
    byMonth: monthsOf(academicYear).map((month) => {
      const inMonth = rows.filter((row) => row.month === month);
      return { month, ...summariseSessions(inMonth), byKind: totalsByKind(inMonth) };
    }),
  };
}
