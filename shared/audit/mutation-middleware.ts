/**
 * Runs every root mutation inside an audit context naming the mutation, the caller and the
 * request, so the rows it writes are attributed (see context.ts). Only the root mutation fields
 * are wrapped: a type-graphql global middleware would wrap every field of every query too.
 */
import type { GraphQLFieldResolver } from 'graphql';
import type { Principal } from '../auth';
import { runAudited } from './context';

interface AuditedContext {
  readonly principal: Principal;
  readonly requestId: string;
}

type FieldResolver = GraphQLFieldResolver<unknown, AuditedContext>;

/** The mutation resolvers of a resolver map, each wrapped to run audited. */
export function auditedMutations(mutations: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(mutations).map(([name, resolve]) => [
      name,
      typeof resolve === 'function' ? audited(name, resolve as FieldResolver) : resolve,
    ]),
  );
}

function audited(action: string, resolve: FieldResolver): FieldResolver {
  return (source, args, context, info) =>
    runAudited(
      {
        action,
        requestId: context.requestId,
        actor: context.principal.subject,
        actorRoles: [...context.principal.roles],
        actorOrganisationIds: context.principal.administeredOrganisationIds(),
      },
      async () => resolve(source, args, context, info),
    );
}
