/**
 * Checks the teaching session a piece of CPD names against the universities register: it must be
 * one the practitioner could have attended, of a university in a partnership with their council
 * (the councils register says which), held and not after the CPD's day.
 */
import type { UserErrors } from '#hub/shared/errors';
import { isUuid } from '#hub/shared/input-checks';
import type { LeadershipContext } from '../context';
import { checkCpdTeachingSession } from '../rules/cpd-record';
import { partnershipsOfCouncil } from './councils-register';
import { teachingSessionFacts } from './universities-register';

export async function checkTeachingSessionOpenTo(
  sessionId: string,
  cpd: { councilId: string; completedOn: string },
  context: LeadershipContext,
  errors: UserErrors,
): Promise<void> {
  if (!isUuid(sessionId)) {
    errors.add('teachingSessionId', 'INVALID_ID', `teachingSessionId must be an id (a UUID); got "${sessionId}".`);
    return;
  }
  const [session, councilPartnerships] = await Promise.all([
    teachingSessionFacts(sessionId, context),
    partnershipsOfCouncil(cpd.councilId, context),
  ]);
  checkCpdTeachingSession(errors, sessionId, session, councilPartnerships ?? [], cpd.completedOn);
}
