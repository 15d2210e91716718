/** Whether two organisations work together: members of at least one partnership in common, by the registers' lists of their partnerships. */
export function sharesPartnership(partnershipIds: readonly string[], otherPartnershipIds: readonly string[]): boolean {
  return partnershipIds.some((id) => otherPartnershipIds.includes(id));
}
