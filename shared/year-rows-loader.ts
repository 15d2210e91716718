/**
 * Loaders for figures over one academic year: keys are (id, year), and each distinct year in a
 * batch costs one statement for all the ids asking about it.
 */
import DataLoader from 'dataloader';
import { groupedInKeyOrder } from './loaders';
import { academicYearBounds, type AcademicYear, type AcademicYearBounds } from './academic-year';

export interface YearKey {
  readonly id: string;
  readonly academicYear: AcademicYear;
}

export function createYearRowsLoader<Row extends { groupId: string }>(
  fetchRows: (ids: string[], bounds: AcademicYearBounds, academicYear: AcademicYear) => Promise<Row[]>,
): DataLoader<YearKey, Row[], string> {
  return new DataLoader(
    async (keys) => {
      const years = [...new Set(keys.map((key) => key.academicYear))];
      const rowsByKey = new Map<YearKey, Row[]>();
      for (const academicYear of years) {
        const sameYear = keys.filter((key) => key.academicYear === academicYear);
        const ids = [...new Set(sameYear.map((key) => key.id))];
        const rows = await fetchRows(ids, academicYearBounds(academicYear), academicYear);
        const grouped = groupedInKeyOrder(ids, rows, (row) => row.groupId);
        for (const key of sameYear) rowsByKey.set(key, grouped[ids.indexOf(key.id)]);
      }
      return keys.map((key) => rowsByKey.get(key)!);
    },
    { cacheKeyFn: (key) => `${key.id}|${key.academicYear}` },
  );
}
