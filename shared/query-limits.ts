/**
 * Limits on the shape of a GraphQL document, checked before anything is planned or run: how deep it
 * nests, how many aliases and directives it uses, how many tokens it has and its estimated cost.
 * Give `queryLimitOptions` and `queryCostLimitPlugin` to Apollo Server and pass its formatted
 * errors through `nameQueryLimit`: Apollo reports every refusal by a validation rule as
 * GRAPHQL_VALIDATION_FAILED or GRAPHQL_PARSE_FAILED, and the caller should see which limit it hit.
 * The cost is checked by a plugin, not a validation rule: it depends on the variables' values,
 * and Apollo validates each document once, before any variables are seen.
 */
import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql';
import { introspectionDepthRule } from './introspection-depth';
import { operationCost } from './query-cost';

export interface QueryLimits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  readonly maxTokens: number;
  readonly maxCost: number;
}

export const QueryLimitCode = {
  DEPTH: 'QUERY_DEPTH_LIMIT',
  ALIASES: 'QUERY_ALIAS_LIMIT',
  DIRECTIVES: 'QUERY_DIRECTIVE_LIMIT',
  TOKENS: 'QUERY_TOKEN_LIMIT',
  COST: 'QUERY_COST_LIMIT',
} as const;

/**
 * What a subgraph accepts, given what the gateway accepts. The gateway's plan for a subgraph wraps
 * parts of the caller's query in `_entities(representations: …) { ... on Type { … } }`, adds
 * `__typename` and key fields beside every entity and `@requires` fields, and may alias fields
 * whose types clash; a subgraph must never refuse what the gateway let through. Over the tests and
 * the bench, no subgraph operation was deeper, costlier or had more aliases or directives than the
 * gateway's query, and none had more than 18 extra tokens; the headroom covers shapes they miss.
 */
export function subgraphQueryLimits(gateway: QueryLimits): QueryLimits {
  return {
    maxDepth: gateway.maxDepth + 2,
    maxAliases: gateway.maxAliases * 2 + 10,
    maxDirectives: gateway.maxDirectives * 2 + 10,
    maxTokens: gateway.maxTokens * 4,
    maxCost: gateway.maxCost * 2,
  };
}

/** Apollo Server options that enforce the limits. */
export function queryLimitOptions(limits: QueryLimits): Pick<ApolloServerOptions<BaseContext>, 'validationRules' | 'parseOptions'> {
  return {
    // graphql-js stops lexing at the limit, so an oversized document is never parsed whole.
    parseOptions: { maxLexicalTokens: limits.maxTokens },
    validationRules: [
      // Fragments add no nesting to the result, so they add no depth or cost either.
      maxDepthRule({
        n: limits.maxDepth,
        flattenFragments: true,
        ...refuseWith(
          QueryLimitCode.DEPTH,
          limits.maxDepth,
          (found) => `The query nests ${found} levels deep; the limit is ${limits.maxDepth}.`,
        ),
      }),
      introspectionDepthRule(limits.maxDepth, (message, limit) => new QueryLimitError(QueryLimitCode.DEPTH, message, limit)),
      maxAliasesRule({
        n: limits.maxAliases,
        // graphql-armor lets `__typename` be aliased without limit; a thousand copies are still a thousand answers.
        allowList: [],
        ...refuseWith(
          QueryLimitCode.ALIASES,
          limits.maxAliases,
          (found) => `The query uses ${found} aliases; the limit is ${limits.maxAliases}.`,
        ),
      }),
      maxDirectivesRule({
        n: limits.maxDirectives,
        ...refuseWith(
          QueryLimitCode.DIRECTIVES,
          limits.maxDirectives,
          (found) => `The query uses ${found} directives; the limit is ${limits.maxDirectives}.`,
        ),
      }),
    ],
  };
}

/** Refuses an operation whose estimated cost (see query-cost.ts), with its variables, is over the limit. */
export function queryCostLimitPlugin<Context extends BaseContext>(maxCost: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables);
          if (cost <= maxCost) return;
          throw new QueryLimitError(
            QueryLimitCode.COST,
            `The query's estimated cost is ${cost}; the limit is ${maxCost}. Ask for smaller pages or fewer nested lists.`,
            maxCost,
          );
        },
      };
    },
  };
}

class QueryLimitError extends GraphQLError {
  constructor(
    readonly code: string,
    message: string,
    limit: number,
  ) {
    // A refusal before the operation runs is the caller's to fix, as a validation error is.
    super(message, { extensions: { code, limit, http: { status: 400 } } });
  }
}

function refuseWith(code: string, limit: number, message: (found: string) => string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, armorError: GraphQLError) => {
        // graphql-armor's own message ends "… limit of N exceeded, found M."
        const found = /found (\d+)/.exec(armorError.message)?.[1] ?? `more than ${limit}`;
        context?.reportError(new QueryLimitError(code, message(found), limit));
      },
    ],
  };
}

// graphql-js says "Document contains more that N tokens"; a fixed typo must not break this.
const TOKEN_LIMIT_MESSAGE = /contains more th(?:at|an) (\d+) tokens/;

/** Gives a refusal by a query limit that limit's own code, in place of Apollo's generic one. */
export function nameQueryLimit(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original instanceof QueryLimitError) {
    return { ...formatted, extensions: { ...formatted.extensions, code: original.code } };
  }
  const tokens = formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT_MESSAGE.exec(formatted.message) : null;
  if (tokens) {
    const limit = Number(tokens[1]);
    return {
      message: `The query has more than ${limit} tokens (names, values and punctuation). The limit is ${limit}.`,
      extensions: { code: QueryLimitCode.TOKENS, limit },
    };
  }
  return formatted;
}
