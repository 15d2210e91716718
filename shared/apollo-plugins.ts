/**
 * Apollo Server behaviour shared by the gateway and the subgraphs: one structured log line per
 * request, and masking of unexpected errors. A masked error tells the user a request id to
 * quote; the details go only to the log. A database that does not answer is not masked: the
 * caller is told DATABASE_UNAVAILABLE, naming the subgraph, and HTTP 503 when nothing was answered. Operation names and variables are not logged: they
 * can carry personal data. In production, "Did you mean …" suggestions and the names of the
 * schema's types are cut from error messages, as they would spell out the schema that
 * introspection keeps hidden.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ANSWER_TOO_LARGE } from './answer-size-limit';
import { databaseUnavailable, isDatabaseUnavailable } from './database-unavailable';
import { ErrorCode } from './errors';
import type { Logger } from './logger';
import { nameQueryLimit, QueryLimitCode } from './query-limits';
import { currentRequestScope } from './request-context';

/** Codes whose message is meant for the caller and passes through unchanged. */
const CALLER_FACING_CODES = new Set<string>([
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.SUBGRAPH_TIMEOUT,
  ErrorCode.SUBGRAPH_UNAVAILABLE,
  ErrorCode.DATABASE_UNAVAILABLE,
  ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE,
  ErrorCode.WRITE_OUTCOME_UNKNOWN,
  ErrorCode.IDEMPOTENCY_KEY_INVALID,
  ErrorCode.IDEMPOTENCY_KEY_REUSED,
  ErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_HASH_MISMATCH',
  ...Object.values(QueryLimitCode),
  ANSWER_TOO_LARGE,
]);

export interface FormatErrorOptions {
  readonly hideSuggestions: boolean;
  /** The subgraph whose database a failed statement was sent to; unset at the gateway, which has none. */
  readonly subgraphName?: string;
}

/** Apollo Server's `formatError` for the gateway and every subgraph. */
export function formatErrors(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (options.subgraphName && isDatabaseUnavailable(error)) {
      const { message, extensions } = databaseUnavailable(options.subgraphName);
      return { message, path: formatted.path, locations: formatted.locations, extensions };
    }
    const named = namePersistedQueryMismatch(nameQueryLimit(formatted, error));
    return maskUnexpectedErrors(options.hideSuggestions ? withoutTypeNames(withoutSuggestions(named)) : named);
  };
}

// Apollo Server refuses a persisted-query hash that does not match its query with HTTP 400 but no code of its own, so its default one.
const PERSISTED_QUERY_MISMATCH = 'provided sha does not match query';

function namePersistedQueryMismatch(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.message !== PERSISTED_QUERY_MISMATCH || formatted.extensions?.code !== ErrorCode.INTERNAL_SERVER_ERROR) return formatted;
  return {
    message: 'The persisted query hash (extensions.persistedQuery.sha256Hash) is not the SHA-256 of the query sent with it.',
    extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH' },
  };
}

/**
 * graphql-js names the schema's types in its messages ("of type \"PractitionerConnection!\"",
 * "Cannot query field \"x\" on type \"Council\""), which in production would spell out what
 * introspection keeps hidden. Each phrase naming a type is cut or said without the name; the
 * field, argument and variable names the caller wrote stay, so the message still says what to fix.
 */
const TYPE_NAME_PHRASES: readonly [RegExp, string][] = [
  [/ (?:of|on|since|expecting|of required) type "[^"]*"/g, ''],
  [/ can never be of type "[^"]*"/g, ' can never match here'],
  [/(Unknown type|Expected type|Expected value of type|Expected non-nullable type) "[^"]*"/g, '$1'],
  [/ in "[^"]*" enum/g, ' in the enum'],
  [/Enum "[^"]*"/g, 'The enum'],
  [/"[A-Za-z_][A-Za-z0-9_]*\.([A-Za-z_][A-Za-z0-9_]*)"/g, '"$1"'],
  [/(non-nullable field) [A-Za-z_][A-Za-z0-9_]*\.([A-Za-z_][A-Za-z0-9_]*)/g, '$1 $2'],
  [/ type "[^"]*"/g, ' a type'],
];

function withoutTypeNames(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = TYPE_NAME_PHRASES.reduce((text, [phrase, replacement]) => text.replace(phrase, replacement), formatted.message);
  return { ...formatted, message };
}

function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return { ...formatted, message: formatted.message.replace(/\s*Did you mean [^?]*\?/g, '') };
}

function maskUnexpectedErrors(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CALLER_FACING_CODES.has(code)) return formatted;
  // Errors already masked by a subgraph arrive at the gateway with that subgraph's request id.
  if (code === ErrorCode.INTERNAL_SERVER_ERROR && typeof formatted.extensions?.requestId === 'string') return formatted;
  const requestId = currentRequestScope()?.requestId ?? 'unknown';
  return {
    message: `Internal error. Quote request id ${requestId} when you report it.`,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
  };
}

/** How much of an unexpected error's message is logged: enough to diagnose, too little to copy a caller's large text. */
const LOGGED_MESSAGE_LENGTH = 300;

export function requestLogPlugin<Context extends BaseContext>(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const startedAt = performance.now();
      return {
        async didResolveOperation({ operation, request }) {
          // The gateway would fail on it as an internal error, with the caller's text in the message.
          if (!operation) throw operationNotFound(request.operationName);
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code === 'string' && CALLER_FACING_CODES.has(code)) continue;
            if (isDatabaseUnavailable(error)) {
              log.warn(
                { requestId: currentRequestScope()?.requestId, err: error.message.slice(0, LOGGED_MESSAGE_LENGTH) },
                'database did not answer',
              );
              continue;
            }
            log.error(
              {
                requestId: currentRequestScope()?.requestId,
                err: (error.originalError?.message ?? error.message).slice(0, LOGGED_MESSAGE_LENGTH),
                stack: error.originalError?.stack,
              },
              'unexpected error',
            );
          }
        },
        async willSendResponse({ response, operation }) {
          const scope = currentRequestScope();
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          log.info(
            {
              requestId: scope?.requestId,
              operation: operation?.operation,
              durationMs: Math.round(performance.now() - startedAt),
              sqlStatements: scope?.sqlStatements,
              errorCodes: errors.length > 0 ? errors.map((error) => error.extensions?.code) : undefined,
            },
            'request',
          );
        },
      };
    },
  };
}

/**
 * HTTP 503 when the database took the whole answer: every root field is null with a
 * DATABASE_UNAVAILABLE error at it (or there is no data at all). A load balancer or client then
 * sees a failure worth retrying elsewhere or later, where an answer with parts missing stays 200.
 */
export function databaseUnavailableStatusPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors = [] } = response.body.singleResult;
          const lost = errors.filter((error) => error.extensions?.code === ErrorCode.DATABASE_UNAVAILABLE);
          if (lost.length === 0) return;
          const lostRoots = new Set(lost.map((error) => error.path?.[0]));
          const nothingAnswered =
            data == null
              ? lost.length === errors.length
              : Object.entries(data).every(([key, value]) => value === null && lostRoots.has(key));
          if (nothingAnswered) response.http.status = 503;
        },
      };
    },
  };
}

function operationNotFound(operationName: string | undefined): GraphQLError {
  const message = operationName
    ? 'The document holds no operation with the name given in operationName.'
    : 'The document holds several operations: say which to run with operationName.';
  return new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
}
