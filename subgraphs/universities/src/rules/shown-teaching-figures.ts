/**
 * Teaching figures as a viewer sees them: exact for the admins of the council or partnership they
 * describe, small counts withheld for everyone else. A partnership's totals are tied to its
 * councils' figures, so no council's withheld count can be worked out from them, even by the
 * admin of another council in the table; and a count of sessions shown beside the sessions it is
 * part of is withheld when the rest are 1 to 4.
 */
import { FigureSheet, type FigureRules, type FigureViewer } from '#hub/shared/small-counts';
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
  derived: { coDeliveredShare: ['sessions', 'coDeliveredSessions'] },
  complements: [{ whole: ['sessions'], part: 'coDeliveredSessions' }],
};

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

export interface RawPartnershipTeaching extends SessionTotals {
  readonly academicYear: string;
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

/** `viewer.knowsRow(index)`: the viewer reads `byCouncil[index]` exactly, as that council's admin. */
export function shownPartnershipTeaching(figures: RawPartnershipTeaching, viewer: FigureViewer): PartnershipTeachingFigures {
  const { practitionerTeaching, shadowing, byCouncil, academicYear, from, to, ...sessions } = figures;
  const sheet = new FigureSheet(viewer.exact).add('sessions', sessions, SESSIONS);
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
  };
}
