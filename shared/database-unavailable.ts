/**
 * Tells a database that did not answer from every other fault: a refused or dropped connection,
 * a connection or statement that ran out of time, a server shutting down or out of connections.
 * These are the database's state, not a bug, so the caller is told so (DATABASE_UNAVAILABLE) and
 * may try again, where anything else stays a masked internal error.
 */
import { GraphQLError } from 'graphql';
import { ErrorCode } from './errors';

/** Socket errors of a database that cannot be reached. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL's codes for the same: query_canceled (the statement timeout), admin_shutdown,
 * crash_shutdown, cannot_connect_now, too_many_connections. Class 08 (connection exception) is
 * matched by its prefix.
 */
const SERVER_CODES = new Set(['57014', '57P01', '57P02', '57P03', '53300']);

/** What node-postgres says, without a code, when a connection times out or goes away. */
const DRIVER_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Query read timeout',
  'Client has encountered a connection error',
  'Connection ended',
];

export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some(isUnavailableItself);
}

export function databaseUnavailable(subgraphName: string): GraphQLError {
  return new GraphQLError(
    `The ${subgraphName} subgraph's database did not answer, so the parts of the answer it holds are null. Try again shortly.`,
    {
      extensions: { code: ErrorCode.DATABASE_UNAVAILABLE, serviceName: subgraphName },
    },
  );
}

/**
 * The error and what it wraps: GraphQL's originalError (and graphql-js's thrownValue, for a value
 * that fails `instanceof Error`, as one from another realm does), TypeORM's driverError, a cause.
 */
function causes(error: unknown): unknown[] {
  const found: unknown[] = [];
  let current = error;
  while (current && typeof current === 'object' && !found.includes(current) && found.length < 10) {
    found.push(current);
    const wrapper = current as { originalError?: unknown; thrownValue?: unknown; driverError?: unknown; cause?: unknown };
    current = wrapper.originalError ?? wrapper.thrownValue ?? wrapper.driverError ?? wrapper.cause;
  }
  return found;
}

function isUnavailableItself(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  return typeof message === 'string' && DRIVER_MESSAGES.some((start) => message.startsWith(start));
}
