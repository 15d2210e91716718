/**
 * Tells the caller of a mutation that failed on time or on its COMMIT what became of the write:
 * stopped at the deadline (SUBGRAPH_TIMEOUT, nothing written), or sent to the database with no
 * answer back (WRITE_OUTCOME_UNKNOWN). Any other error goes on as it was.
 */
import type { GraphQLFieldResolver } from 'graphql';
import { DeadlineExceeded, deadlineExceededError, timeLeftMs, writeOutcomeUnknownError } from './deadline';
import { currentRequestScope } from './request-context';

type FieldResolver = GraphQLFieldResolver<unknown, unknown>;

export type WriteFailure = 'deadline' | 'outcome-unknown' | 'other';

/** The mutation resolvers of a resolver map, each wrapped to report deadline and COMMIT failures. */
export function mutationsWithDeadline(subgraph: string, mutations: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(mutations).map(([name, resolve]) => [
      name,
      typeof resolve === 'function' ? withDeadline(subgraph, resolve as FieldResolver) : resolve,
    ]),
  );
}

function withDeadline(subgraph: string, resolve: FieldResolver): FieldResolver {
  return async (source, args, context, info) => {
    const scope = currentRequestScope();
    if (scope) scope.commitUnanswered = false;
    try {
      return await resolve(source, args, context, info);
    } catch (error) {
      const deadline = scope?.deadline;
      const failure = classifyWriteFailure(error, scope?.commitUnanswered ?? false, deadline !== undefined && timeLeftMs(deadline) === 0);
      if (failure === 'deadline') throw deadlineExceededError(subgraph);
      if (failure === 'outcome-unknown') throw writeOutcomeUnknownError(subgraph);
      throw error;
    }
  };
}

/**
 * A COMMIT that PostgreSQL itself refused rolled back; one lost on the way (connection gone,
 * server shutting down or failing) may have been applied. A statement cancelled once the
 * deadline has passed is `statement_timeout` at work, which rolls the transaction back.
 */
export function classifyWriteFailure(error: unknown, commitUnanswered: boolean, deadlinePassed: boolean): WriteFailure {
  if (error instanceof DeadlineExceeded) return 'deadline';
  const sqlState = serverErrorState(error);
  if (commitUnanswered && (sqlState === null || OUTCOME_UNKNOWN_STATES.test(sqlState))) return 'outcome-unknown';
  if (sqlState === QUERY_CANCELED && deadlinePassed) return 'deadline';
  return 'other';
}

const QUERY_CANCELED = '57014';
/** Connection exceptions, operator intervention other than a cancel, resources, system errors and internal errors. */
const OUTCOME_UNKNOWN_STATES = /^(08|57P|53|58|XX)/;

/** The SQLSTATE of an error PostgreSQL sent, or null for one that never reached it or whose answer was lost. */
function serverErrorState(error: unknown): string | null {
  const driverError = (error as { driverError?: unknown })?.driverError ?? error;
  const { code, severity } = (driverError ?? {}) as { code?: unknown; severity?: unknown };
  return typeof severity === 'string' && typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : null;
}
