/**
 * A workforce return's figures for the request's principal: exact for the council's admins, with
 * small counts withheld for everyone else. The scope caches who manages what, so each field of a
 * return asks for this without another query.
 */
import type { CouncilsContext } from '../context';
import type { WorkforceSnapshot } from '../entities/workforce-snapshot.entity';
import { workforceFigures } from '../rules/workforce-figures';

export async function shownWorkforceFigures(snapshot: WorkforceSnapshot, { loaders }: CouncilsContext) {
  return workforceFigures(snapshot, await loaders.scope.canManageCouncil(snapshot.councilId));
}
