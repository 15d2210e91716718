/** What every view is given: who is signed in, and the partnership chosen in the header. */
import type { Session } from './session';

export interface Organisation {
  readonly id: string;
  readonly name: string;
}

export interface PartnershipChoice extends Organisation {
  readonly councils: readonly Organisation[];
}

export interface ViewProps {
  readonly session: Session;
  readonly partnership: PartnershipChoice;
}

/** The councils the signed-in council admin acts for, among the partnership's. */
export function ownCouncils({ session, partnership }: ViewProps): readonly Organisation[] {
  return session.roles.includes('council_admin') ? partnership.councils.filter((council) => session.councilIds.includes(council.id)) : [];
}
