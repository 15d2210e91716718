/**
 * Workforce rates, defined as councils report them to the Department for Education. Each is a
 * fraction from 0 to 1, rounded to 4 places, or null when its denominator is zero.
 */

/** Agency workers as a share of everyone in post: agency / (agency + permanent). */
export function agencyRate(permanent: number, agency: number): number | null {
  return ratio(agency, agency + permanent);
}

/** Vacant posts as a share of all posts: vacancies / (vacancies + permanent). */
export function vacancyRate(permanent: number, vacancies: number): number | null {
  return ratio(vacancies, vacancies + permanent);
}

/** Leavers in the year as a share of those employed at the census date: leavers / permanent. */
export function turnoverRate(permanent: number, leavers: number): number | null {
  return ratio(leavers, permanent);
}

function ratio(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}

/** Councils report their workforce as at 30 September each year. */
export function isCensusDate(isoDate: string): boolean {
  return isoDate.slice(5) === '09-30';
}
