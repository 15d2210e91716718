/**
 * Runs every root mutation inside an audit context naming the mutation, the caller and the
 * request, so the rows it writes are attributed (see context.ts).
 */
import type { MiddlewareFn } from 'type-graphql';
import type { Principal } from '../auth';
import { runAudited } from './context';

interface AuditedContext {
  readonly principal: Principal;
  readonly requestId: string;
}

export const auditMutations: MiddlewareFn<AuditedContext> = ({ info, context }, next) => {
  if (info.parentType !== info.schema.getMutationType()) return next();
  return runAudited(
    {
      action: info.fieldName,
      requestId: context.requestId,
      actor: context.principal.subject,
      actorRoles: [...context.principal.roles],
      actorOrganisationIds: [...context.principal.councilIds, ...context.principal.universityIds, ...context.principal.partnershipIds],
    },
    next,
  );
};
