/**
 * A partnership's headcount: its member councils' counts from the register, summed, exact for
 * the partnership's admins. Anyone else sees small counts withheld, taking account of the
 * councils whose own headcount they read exactly.
 */
import type { CouncilsContext } from '../context';
import { toPartnershipHeadcount } from '../rules/headcount';
import type { Headcount } from '../types/headcount';

export async function loadPartnershipHeadcount(partnershipId: string, { principal, loaders, today }: CouncilsContext): Promise<Headcount> {
  const ids = await loaders.councilIdsByPartnership.load(partnershipId);
  const rows = await loaders.headcountByCouncil.loadMany(ids);
  const councils = rows.map((row) => {
    if (row instanceof Error) throw row;
    return row;
  });
  if (principal.isPartnershipAdminOf(partnershipId)) return toPartnershipHeadcount(councils, { exact: true }, today);
  // Councils whose Council.headcount this viewer reads exactly.
  const managed = await loaders.scope.managedCouncilIds();
  return toPartnershipHeadcount(councils, { exact: false, knowsRow: (index) => managed.has(ids[index]) }, today);
}
