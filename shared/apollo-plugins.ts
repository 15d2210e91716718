/**
 * Apollo Server behaviour shared by the gateway and the subgraphs: one structured log line per
 * request, and masking of unexpected errors. A masked error tells the user a request id to
 * quote; the details go only to the log. Operation names and variables are not logged: they
 * can carry personal data. In production, "Did you mean …" suggestions are cut from error
 * messages, as they would spell out the schema that introspection keeps hidden.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
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
  ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
  ...Object.values(QueryLimitCode),
]);

/** Apollo Server's `formatError` for the gateway and every subgraph. */
export function formatErrors(options: { readonly hideSuggestions: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const named = nameQueryLimit(formatted, error);
    return maskUnexpectedErrors(options.hideSuggestions ? withoutSuggestions(named) : named);
  };
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

export function requestLogPlugin<Context extends BaseContext>(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const startedAt = performance.now();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code === 'string' && CALLER_FACING_CODES.has(code)) continue;
            log.error(
              {
                requestId: currentRequestScope()?.requestId,
                err: error.originalError?.message ?? error.message,
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
