/**
 * Teaching figures as a viewer sees them: exact for the admins of the council or partnership they
 * describe, small counts withheld for everyone else. A partnership's totals are tied to its
 * councils' figures, so no council's withheld count can be worked out from them, even by the
 * admin of another council in the table; and a count of sessions shown beside the sessions it is
 * part of is withheld when the rest are 1 to 4.
 */
import { FigureSheet, type FigureRules, type FigureViewer } from '#hub/shared/small-counts';
import type { TeachingBreakdown, UniversityTotals } from './teaching-breakdown';
import type { PractitionerTeachingTotals, SessionTotals, ShadowingTotals } from './teaching-figures';
import type { CouncilTeachingFigures, PartnershipTeachingFigures } from '../types/figures';

const PRACTITIONER_TEACHING: FigureRules<PractitionerTeachingTotals> = {
  counts: ['practitioners', 'sessions', 'coDeliveredSessions'],
  derived: { hours: ['practitioners', 'sessions'] },
  complements: [{ whole: ['sessions'], part: 'coDeliveredSessions' }],
};

const SHADOWING: FigureRules<ShadowingTotals> = {
  counts: ['requested', 'approved', 'declined', 'completed', 'cancelled', 'lecturerDaysInPractice'],
  derived: { hours: ['completed', 'lecturerDaysInPractice'] },
};

const SESSIONS: FigureRules<SessionTotals> = {
  counts: ['sessions', 'coDeliveredSessions', 'studentAttendances', 'practitionerAttendances'],
  derived: { coDeliveredShare: ['sessions', 'coDeliveredSessions'], hours: ['sessions'] },
  complements: [{ whole: ['sessions'], part: 'coDeliveredSessions' }],
};
/** Session figures that add up across kinds and months. */
const ADDITIVE_SESSIONS = [...SESSIONS.counts, 'hours'] as const;

/** Council figures add up to the partnership's in these fields (a practitioner and a visit belong to one council). */
const ADDITIVE_PRACTITIONER_TEACHING = ['practitioners', 'hours'] as const;
const ADDITIVE_SHADOWING = ['requested', 'approved', 'declined', 'completed', 'cancelled', 'hours'] as const;
/** Council figures that are parts of the partnership's, but not additive: a session or lecturer-day can involve two councils. */
const PARTS_OF_TOTAL = [
  ['practitionerTeaching', 'sessions'],
  ['practitionerTeaching', 'coDeliveredSessions'],
  ['shadowing', 'lecturerDaysInPractice'],
] as const;

export interface RawCouncilTeaching {
  readonly councilId: string;
  readonly academicYear: string;
  readonly practitionerTeaching: PractitionerTeachingTotals;
  readonly shadowing: ShadowingTotals;
}

export interface RawPartnershipTeaching extends SessionTotals, TeachingBreakdown {
  readonly academicYear: string;
  readonly byUniversity: readonly UniversityTotals[];
  readonly from: string;
  readonly to: string;
  readonly practitionerTeaching: PractitionerTeachingTotals;
  readonly shadowing: ShadowingTotals;
  readonly byCouncil: readonly RawCouncilTeaching[];
}

function addCouncil(
  sheet: FigureSheet,
  key: string,
  figures: Pick<RawCouncilTeaching, 'practitionerTeaching' | 'shadowing'>,
  known = false,
): void {
  sheet.add(`${key}.practitionerTeaching`, figures.practitionerTeaching, PRACTITIONER_TEACHING, { known });
  sheet.add(`${key}.shadowing`, figures.shadowing, SHADOWING, { known });
}

function shownCouncil(sheet: FigureSheet, key: string, figures: RawCouncilTeaching): CouncilTeachingFigures {
  return {
    council: { id: figures.councilId },
    academicYear: figures.academicYear,
    practitionerTeaching: sheet.shown(`${key}.practitionerTeaching`, figures.practitionerTeaching),
    shadowing: sheet.shown(`${key}.shadowing`, figures.shadowing),
  };
}

export function shownCouncilTeaching(figures: RawCouncilTeaching, exact: boolean): CouncilTeachingFigures {
  const sheet = new FigureSheet(exact);
  addCouncil(sheet, 'council', figures);
  return shownCouncil(sheet, 'council', figures);
}

/**
 * `viewer.knowsRow(index)`: the viewer reads `byCouncil[index]` exactly, as that council's admin;
 * `knowsUniversity(index)`: `byUniversity[index]`, as that university's admin.
 */
export function shownPartnershipTeaching(
  figures: RawPartnershipTeaching,
  viewer: FigureViewer & { readonly knowsUniversity?: (index: number) => boolean },
): PartnershipTeachingFigures {
  const { practitionerTeaching, shadowing, byCouncil, byUniversity, byKind, byMonth, academicYear, from, to, ...sessions } = figures;
  const sheet = new FigureSheet(viewer.exact).add('sessions', sessions, SESSIONS);
  addBreakdown(sheet, { byKind, byMonth });
  addUniversities(sheet, byUniversity, (index) => viewer.knowsUniversity?.(index) ?? false);
  addCouncil(sheet, 'total', figures);
  byCouncil.forEach((council, index) => addCouncil(sheet, `council${index}`, council, viewer.knowsRow?.(index)));
  const parts = (object: string, field: string) => byCouncil.map((_, index) => `council${index}.${object}.${field}`);
  for (const field of ADDITIVE_PRACTITIONER_TEACHING) {
    sheet.addSum(`total.practitionerTeaching.${field}`, parts('practitionerTeaching', field));
  }
  for (const field of ADDITIVE_SHADOWING) sheet.addSum(`total.shadowing.${field}`, parts('shadowing', field));
  for (const [object, field] of PARTS_OF_TOTAL) {
    for (const part of parts(object, field)) sheet.addComplement([`total.${object}.${field}`], part);
  }
  // Practitioners facilitate some of the member universities' sessions; those co-delivered are the same sessions in both objects.
  sheet.addComplement(['sessions.sessions'], 'total.practitionerTeaching.sessions');
  sheet.addSum('sessions.coDeliveredSessions', ['total.practitionerTeaching.coDeliveredSessions']);
  return {
    academicYear,
    from,
    to,
    ...sheet.shown('sessions', sessions),
    practitionerTeaching: sheet.shown('total.practitionerTeaching', practitionerTeaching),
    shadowing: sheet.shown('total.shadowing', shadowing),
    byCouncil: byCouncil.map((council, index) => shownCouncil(sheet, `council${index}`, council)),
    byUniversity: byUniversity.map(({ universityId, byKind: kinds, ...totals }, index) => ({
      university: { id: universityId },
      ...sheet.shown(`university${index}`, totals),
      byKind: kinds.map((kind, kindIndex) => sheet.shown(`university${index}.kind${kindIndex}`, kind)),
    })),
    byKind: byKind.map((kind, index) => sheet.shown(`kind${index}`, kind)),
    byMonth: byMonth.map((month, index) => ({
      ...sheet.shown(`month${index}`, month),
      byKind: month.byKind.map((kind, kindIndex) => sheet.shown(`month${index}.kind${kindIndex}`, kind)),
    })),
  };
}

/** Each member university's sessions, in total and per kind: they add up to the partnership's. */
function addUniversities(sheet: FigureSheet, byUniversity: readonly UniversityTotals[], knows: (index: number) => boolean): void {
  byUniversity.forEach(({ universityId: _, byKind, ...totals }, index) => {
    sheet.add(`university${index}`, totals, SESSIONS, { known: knows(index) });
    byKind.forEach((kind, kindIndex) => sheet.add(`university${index}.kind${kindIndex}`, kind, SESSIONS, { known: knows(index) }));
  });
  for (const field of ADDITIVE_SESSIONS) {
    sheet.addSum(
      `sessions.${field}`,
      byUniversity.map((_, index) => `university${index}.${field}`),
    );
    byUniversity.forEach(({ byKind }, index) => {
      sheet.addSum(
        `university${index}.${field}`,
        byKind.map((_, kindIndex) => `university${index}.kind${kindIndex}.${field}`),
      );
    });
    byUniversity[0]?.byKind.forEach((_, kindIndex) => {
      sheet.addSum(
        `kind${kindIndex}.${field}`,
        byUniversity.map((__, index) => `university${index}.kind${kindIndex}.${field}`),
      );
    });
  }
}

/**
 * The year's sessions per kind and per month, each kind within each month: the kinds and the
 * months each add up to the year's sessions, and a month's kinds to that month, so no withheld
 * cell can be worked out from the others in its row or column.
 */
function addBreakdown(sheet: FigureSheet, { byKind, byMonth }: TeachingBreakdown): void {
  byKind.forEach((kind, index) => sheet.add(`kind${index}`, kind, SESSIONS));
  byMonth.forEach((month, index) => {
    sheet.add(`month${index}`, month, SESSIONS);
    month.byKind.forEach((kind, kindIndex) => sheet.add(`month${index}.kind${kindIndex}`, kind, SESSIONS));
  });
  for (const field of ADDITIVE_SESSIONS) {
    sheet.addSum(
      `sessions.${field}`,
      byKind.map((_, index) => `kind${index}.${field}`),
    );
    sheet.addSum(
      `sessions.${field}`,
      byMonth.map((_, index) => `month${index}.${field}`),
    );
    byMonth.forEach((month, index) => {
      sheet.addSum(
        `month${index}.${field}`,
        month.byKind.map((_, kindIndex) => `month${index}.kind${kindIndex}.${field}`),
      );
    });
    byKind.forEach((_, kindIndex) => {
      sheet.addSum(
        `kind${kindIndex}.${field}`,
        byMonth.map((_, index) => `month${index}.kind${kindIndex}.${field}`),
      );
    });
  }
}
