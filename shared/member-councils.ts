/**
 * The member councils a partnership's list covers: all of them, or the one its `councilId` filter
 * names, which must be a member. The members come from the gateway (`@requires(fields: "councils { id }")`).
 */
import { badUserInput } from './errors';

export function memberCouncilsAsked(partnership: { councils?: { id: string }[] }, councilId: string | null | undefined): string[] {
  const memberIds = (partnership.councils ?? []).map((council) => council.id);
  if (!councilId) return memberIds;
  if (!memberIds.includes(councilId)) {
    throw badUserInput(`"councilId" must be a member council of this partnership; ${councilId} is not.`, 'councilId');
  }
  return [councilId];
}
