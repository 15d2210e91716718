/** A partnership's statutory placement supply for a year, as the caller may see it: for Partnership.placementSupply and the agreement. */
import type { PlacementsContext } from '../context';
import { partnershipSupply, type SupplyFigures } from '../rules/placement-supply';
import { shownPartnershipSupply } from '../rules/shown-supply';
import type { PartnershipPlacementSupply } from '../types/figures';
import type { Partnership } from '../types/partnership';

export async function partnershipSupplyShown(
  partnership: Partnership,
  academicYear: string,
  { principal, loaders }: PlacementsContext,
): Promise<PartnershipPlacementSupply> {
  const key = { id: partnership.id, academicYear };
  const [commitments, offers, placements] = await Promise.all([
    loaders.commitmentsByPartnershipYear.load(key),
    loaders.offersByPartnershipYear.load(key),
    loaders.placementsByPartnershipYear.load(key),
  ]);
  const members = (partnership.councils ?? []).map((council) => council.id);
  const { total, byCouncil } = partnershipSupply({ commitments, offers, placements }, members);
  const rawSupply = (councilId: string | null, figures: SupplyFigures) => ({
    council: councilId ? { id: councilId } : null,
    academicYear,
    ...figures,
  });
  // A council's admin reads its supply to this partnership exactly on Council.placementSupply(partnershipId).
  const shown = shownPartnershipSupply(
    rawSupply(null, total),
    byCouncil.map(({ councilId, ...figures }) => rawSupply(councilId, figures)),
    {
      exact: principal.isPartnershipAdminOf(partnership.id),
      knowsRow: (index) => principal.isCouncilAdminOf(byCouncil[index].councilId),
    },
  );
  return { academicYear, total: shown.total, byCouncil: shown.rows };
}
