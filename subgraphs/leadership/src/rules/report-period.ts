/**
 * The periods a leadership progress report covers. CPD is counted in a Social Work England
 * registration year (1 December to 30 November); pathway completions, ASYE completions and
 * mentoring sessions in an academic year (1 August to 31 July). Each defaults to the year today
 * falls in. A registration year that began less than 60 days ago holds little CPD yet, so a report
 * asked for without a registration year also carries the year just ended: a December board report
 * needs the year that closed on 30 November.
 */
import { academicYearBounds, academicYearOf, type AcademicYear } from '#hub/shared/academic-year';
import { addDays, type IsoDate } from '#hub/shared/iso-date';
import { registrationYearBounds, registrationYearOf } from './cpd-compliance';

/** For this many days after 1 December, the default report also carries the registration year just ended. */
export const YEAR_JUST_ENDED_DAYS = 60;

/** The earliest registration year the hub reports: the first one that ends in 2000. */
export const EARLIEST_REGISTRATION_YEAR = 2000;

export enum PeriodKind {
  ACADEMIC_YEAR = 'ACADEMIC_YEAR',
  REGISTRATION_YEAR = 'REGISTRATION_YEAR',
}

export interface ReportPeriod {
  readonly kind: PeriodKind;
  /** "2026/27" for an academic year, "2027" for the registration year that ends on 30 November 2027. */
  readonly name: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export interface RegistrationYearPeriod extends ReportPeriod {
  readonly year: number;
}

export interface ReportPeriods {
  readonly asOf: IsoDate;
  readonly academicYear: ReportPeriod;
  readonly registrationYear: RegistrationYearPeriod;
  /** Only in a default report during the first 60 days of a registration year. */
  readonly registrationYearJustEnded: RegistrationYearPeriod | null;
}

export interface RequestedPeriods {
  readonly academicYear?: AcademicYear | null;
  readonly registrationYear?: number | null;
}

/** What is wrong with a requested period, by argument: a year that has not begun has no records to count. */
export function requestedPeriodProblems(requested: RequestedPeriods, today: IsoDate): { argument: string; message: string }[] {
  const problems: { argument: string; message: string }[] = [];
  const currentRegistrationYear = registrationYearOf(today);
  const { registrationYear, academicYear } = requested;
  if (registrationYear !== null && registrationYear !== undefined) {
    if (registrationYear < EARLIEST_REGISTRATION_YEAR || registrationYear > currentRegistrationYear) {
      problems.push({
        argument: 'registrationYear',
        message: `"registrationYear" must be from ${EARLIEST_REGISTRATION_YEAR} to ${currentRegistrationYear}, the year running now (named by the 30 November it ends on); got ${registrationYear}.`,
      });
    }
  }
  if (academicYear && academicYearBounds(academicYear).from > today) {
    problems.push({
      argument: 'academicYear',
      message: `"academicYear" must not be after ${academicYearOf(today)}, the year running now; got ${academicYear}.`,
    });
  }
  return problems;
}

export function reportPeriods(requested: RequestedPeriods, today: IsoDate): ReportPeriods {
  const current = registrationYearOf(today);
  const registrationYear = requested.registrationYear ?? current;
  const justBegun = today <= addDays(registrationYearBounds(current).from, YEAR_JUST_ENDED_DAYS - 1);
  return {
    asOf: today,
    academicYear: academicYearPeriod(requested.academicYear ?? academicYearOf(today)),
    registrationYear: registrationYearPeriod(registrationYear),
    registrationYearJustEnded: requested.registrationYear == null && justBegun ? registrationYearPeriod(current - 1) : null,
  };
}

export function registrationYearPeriod(year: number): RegistrationYearPeriod {
  return { kind: PeriodKind.REGISTRATION_YEAR, name: String(year), year, ...registrationYearBounds(year) };
}

export function academicYearPeriod(year: AcademicYear): ReportPeriod {
  return { kind: PeriodKind.ACADEMIC_YEAR, name: year, ...academicYearBounds(year) };
}

/**
 * The registration year a partnership agreement's CPD promise for an academic year is counted in:
 * the one beginning on 1 December of it (2027 for 2026/27), or, until that day, the one running.
 */
export function registrationYearOfAgreement(academicYear: AcademicYear, today: IsoDate): number {
  const beginning = Number(academicYear.slice(0, 4)) + 1;
  return registrationYearBounds(beginning).from > today ? registrationYearOf(today) : beginning;
}
