/**
 * Ids are UUIDs, and a UUID may be written in either case. The hub keeps and compares them in
 * lower case (loaders, locks, scope checks and SQL all compare strings), so an id is read in
 * lower case wherever it enters a subgraph: the `ID` scalar of every argument and input field,
 * the representations of `_entities`, and the organisation claims of a token. An id that is not a
 * UUID is left as written; the checks that want a UUID refuse it.
 */
import { rewireTypes } from '@graphql-tools/utils';
import { GraphQLID, GraphQLScalarType, GraphQLSchema, type GraphQLNamedType } from 'graphql';
import { isUuid } from './input-checks';

/** A UUID in lower case; anything else unchanged. */
export function normalisedId<T>(value: T): T {
  return (isUuid(value) ? value.toLowerCase() : value) as T;
}

/** Every UUID in a value read from a caller (an entity representation), in lower case, however deep. */
export function withNormalisedIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withNormalisedIds);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withNormalisedIds(item)]));
  }
  return normalisedId(value);
}

/** GraphQL's own ID, but reading UUIDs in lower case. It keeps the name `ID`, so the API is unchanged. */
const LowerCaseUuidId = new GraphQLScalarType({
  ...GraphQLID.toConfig(),
  parseValue: (value) => normalisedId(GraphQLID.parseValue(value)),
  parseLiteral: (ast, variables) => normalisedId(GraphQLID.parseLiteral(ast, variables)),
});

/**
 * The schema with its `ID` scalar replaced by the one above. graphql-tools' mapSchema leaves the
 * built-in scalars alone, so the types are rewired here with `ID` swapped in the type map.
 */
export function withLowerCaseUuidIds(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  const typeMap: Record<string, GraphQLNamedType> = Object.fromEntries(
    config.types.map((type) => [type.name, type.name === GraphQLID.name ? LowerCaseUuidId : type]),
  );
  const { typeMap: rewired, directives } = rewireTypes(typeMap, config.directives);
  const root = (type: { name: string } | null | undefined) => (type ? (rewired[type.name] as never) : undefined);
  return new GraphQLSchema({
    ...config,
    query: root(config.query),
    mutation: root(config.mutation),
    subscription: root(config.subscription),
    types: Object.values(rewired),
    directives,
  });
}
