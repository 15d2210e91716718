/**
 * How a year's rows become the teaching tables dashboards read, before any count is withheld
 * (see shown-teaching-figures): one council's figures, and a partnership's totals with a row per
 * council, its member councils first in their order and then any other council that took part.
 */
import { academicYearBounds, type AcademicYear } from '#hub/shared/academic-year';
import type { RawCouncilTeaching, RawPartnershipTeaching } from './shown-teaching-figures';
import { teachingBreakdown, totalsByKind } from './teaching-breakdown';
import {
  summariseFacilitations,
  summariseSessions,
  summariseVisits,
  type FacilitationRow,
  type SessionRow,
  type VisitRow,
} from './teaching-figures';

/** A row that says which council's practitioner or team it concerns. */
interface CouncilRow {
  readonly councilId: string;
}

/** A session row that says which university ran it. */
interface UniversityRow {
  readonly universityId: string;
}

export function councilFigures(
  councilId: string,
  academicYear: AcademicYear,
  facilitations: readonly FacilitationRow[],
  visits: readonly VisitRow[],
): RawCouncilTeaching {
  return {
    councilId,
    academicYear,
    practitionerTeaching: summariseFacilitations(facilitations),
    shadowing: summariseVisits(visits),
  };
}

/** The partnership's councils in table order: its members as given, then the others in id order. */
export function partnershipCouncilIds(memberCouncilIds: readonly string[], rows: readonly CouncilRow[]): string[] {
  const otherCouncilIds = [...new Set(rows.map((row) => row.councilId))].filter((id) => !memberCouncilIds.includes(id)).sort();
  return [...memberCouncilIds, ...otherCouncilIds];
}

/** `universityIds`: the member universities, one row each in this order, zeros where they ran nothing. */
export function partnershipFigures(
  academicYear: AcademicYear,
  councilIds: readonly string[],
  universityIds: readonly string[],
  sessions: readonly (SessionRow & UniversityRow)[],
  facilitations: readonly (FacilitationRow & CouncilRow)[],
  visits: readonly (VisitRow & CouncilRow)[],
): RawPartnershipTeaching {
  return {
    academicYear,
    ...academicYearBounds(academicYear),
    ...summariseSessions(sessions),
    ...teachingBreakdown(academicYear, sessions),
    practitionerTeaching: summariseFacilitations(facilitations),
    shadowing: summariseVisits(visits),
    byUniversity: universityIds.map((universityId) => {
      const ran = sessions.filter((row) => row.universityId === universityId);
      return { universityId, ...summariseSessions(ran), byKind: totalsByKind(ran) };
    }),
    byCouncil: councilIds.map((councilId) =>
      councilFigures(
        councilId,
        academicYear,
        facilitations.filter((row) => row.councilId === councilId),
        visits.filter((row) => row.councilId === councilId),
      ),
    ),
  };
}
