/**
 * A partnership's teaching figures for a year, as the caller may see them: for Partnership.teaching
 * (every session of the year, held or planned) and the agreement's progress (`heldBefore`: only
 * sessions that started before then, since a promise is kept by sessions held, not planned).
 */
import type { AcademicYear } from '#hub/shared/academic-year';
import { settled } from '#hub/shared/loaders';
import type { UniversitiesContext } from '../context';
import type { Dated } from '../loaders/teaching-figures';
import { shownPartnershipTeaching } from '../rules/shown-teaching-figures';
import { partnershipCouncilIds, partnershipFigures } from '../rules/teaching-figure-tables';
import type { PartnershipTeachingFigures } from '../types/figures';
import type { Partnership } from '../types/partnership';

export async function partnershipTeaching(
  partnership: Partnership,
  academicYear: AcademicYear,
  { principal, loaders }: UniversitiesContext,
  { heldBefore }: { heldBefore?: Date } = {},
): Promise<PartnershipTeachingFigures> {
  const key = { id: partnership.id, academicYear };
  const held = <Row extends Dated>(rows: Row[]) => (heldBefore ? rows.filter((row) => new Date(row.startsAt) < heldBefore) : rows);
  const [sessions, facilitations, visits, universityIds] = await Promise.all([
    loaders.sessionRowsByPartnershipYear.load(key).then(held),
    loaders.facilitationsByPartnershipYear.load(key).then(held),
    loaders.visitsByPartnershipYear.load(key),
    loaders.universityIdsByPartnership.load(partnership.id),
  ]);
  const memberCouncilIds = (partnership.councils ?? []).map((council) => council.id);
  const councilIds = partnershipCouncilIds(memberCouncilIds, [...facilitations, ...visits]);
  // A council's admin reads their council's practitioners' sessions and the visits it hosted, and a
  // university's admin their university's sessions, so those rows are no secret to them.
  const [shown, universities] = await Promise.all([
    shownPartnershipTeaching(partnershipFigures(academicYear, councilIds, universityIds, sessions, facilitations, visits), {
      exact: principal.isPartnershipAdminOf(partnership.id),
      knowsRow: (index) => principal.isCouncilAdminOf(councilIds[index]),
      knowsUniversity: (index) => principal.isUniversityAdminOf(universityIds[index]),
    }),
    loaders.universityById.loadMany(universityIds).then(settled),
  ]);
  // The rows name their university by id; University is this subgraph's own, so it is served whole.
  return {
    ...shown,
    byUniversity: shown.byUniversity.map((row, index) => ({ ...row, university: universities[index] ?? row.university })),
  };
}
