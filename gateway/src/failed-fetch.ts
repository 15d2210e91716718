/**
 * A subgraph that cannot be asked (down, refusing connections, too slow, or refusing the request)
 * leaves the parts of the answer it holds null. The gateway answers that fetch itself, with the
 * reason at each position the fetch would have filled: each root field it asked for, or each
 * entity. The caller sees what is missing and why, and every other part of the answer stands.
 */
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import {
  GraphQLError,
  Kind,
  parse,
  type DocumentNode,
  type GraphQLFormattedError,
  type OperationDefinitionNode,
  type SelectionNode,
} from 'graphql';
import { ErrorCode } from '#hub/shared/errors';

export interface FailedFetchResponse {
  data: { _entities: null[] } | null;
  errors: GraphQLFormattedError[];
}

/** The error a subgraph's failure becomes: its own when it is already one of the hub's, else SUBGRAPH_UNAVAILABLE. */
export function fetchFailure(subgraphName: string, error: unknown): GraphQLError {
  if (error instanceof GraphQLError && error.extensions.code) return error;
  return new GraphQLError(`The ${subgraphName} subgraph could not be reached, so the parts of the answer it holds are null.`, {
    extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: subgraphName },
  });
}

export function failedFetchResponse(options: GraphQLDataSourceProcessOptions<object>, failure: GraphQLError): FailedFetchResponse {
  const at = (path: (string | number)[]): GraphQLFormattedError => ({ message: failure.message, path, extensions: failure.extensions });
  const document = 'document' in options && options.document ? options.document : parse(options.request.query ?? '{ __typename }');
  const rootFields = operationOf(document)?.selectionSet.selections ?? [];
  const representations = options.request.variables?.representations;
  if (Array.isArray(representations)) {
    const fieldsByType = entityFieldKeys(rootFields);
    const errors = representations.flatMap((representation: { __typename?: string }, index) => {
      const keys = fieldsByType.get(representation.__typename ?? '') ?? [];
      return keys.length > 0 ? keys.map((key) => at(['_entities', index, key])) : [at(['_entities', index])];
    });
    return { data: { _entities: representations.map(() => null) }, errors };
  }
  const keys = responseKeys(rootFields);
  return { data: null, errors: keys.length > 0 ? keys.map((key) => at([key])) : [at([])] };
}

function operationOf(document: DocumentNode): OperationDefinitionNode | undefined {
  return document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
}

/** The names (or aliases) a selection's fields answer under. */
function responseKeys(selections: readonly SelectionNode[]): string[] {
  return selections.flatMap((selection) => (selection.kind === Kind.FIELD ? [(selection.alias ?? selection.name).value] : []));
}

/** For an `_entities` fetch, the fields asked of each type: `_entities(…) { ... on Type { a b } }`. */
function entityFieldKeys(rootFields: readonly SelectionNode[]): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const root of rootFields) {
    if (root.kind !== Kind.FIELD || root.name.value !== '_entities') continue;
    for (const fragment of root.selectionSet?.selections ?? []) {
      if (fragment.kind !== Kind.INLINE_FRAGMENT || !fragment.typeCondition) continue;
      const typeName = fragment.typeCondition.name.value;
      keys.set(typeName, [...(keys.get(typeName) ?? []), ...responseKeys(fragment.selectionSet.selections)]);
    }
  }
  return keys;
}
