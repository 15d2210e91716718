/**
 * Whether a council's practitioners may go on a pathway: its own, or one of a partnership it is a
 * member of on the councils register. Only a partnership's pathway needs the register asked.
 */
import type { UserErrors } from '#hub/shared/errors';
import type { LeadershipContext } from '../context';
import type { Pathway } from '../entities/pathway.entity';
import { pathwayClosedTo } from '../rules/pathway-enrolment-workflow';
import { partnershipsOfCouncil } from './councils-register';

const MESSAGES = {
  PATHWAY_OF_OTHER_COUNCIL: 'This pathway belongs to another council.',
  PATHWAY_OF_OTHER_PARTNERSHIP: 'This pathway belongs to a partnership the council is not a member of.',
} as const;

export async function checkPathwayOpenTo(
  pathway: Pathway,
  councilId: string,
  context: LeadershipContext,
  errors: UserErrors,
): Promise<void> {
  const councilPartnerships = pathway.ownerPartnershipId ? ((await partnershipsOfCouncil(councilId, context)) ?? []) : [];
  const closed = pathwayClosedTo(pathway, councilId, councilPartnerships);
  if (closed) errors.add('pathwayId', closed, MESSAGES[closed]);
}
