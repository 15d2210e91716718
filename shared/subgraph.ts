/**
 * What a subgraph is made of, and how its federated schema is built from type-graphql classes.
 * Each `subgraphs/<name>/src/index.ts` exports one `SubgraphDefinition`; `shared/subgraph-server`
 * runs it and `scripts/compose` composes them.
 */
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type ClassType, type NonEmptyArray } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { auditedMutations } from './audit/mutation-middleware';
import { idempotentMutations } from './idempotency';
import { mutationsWithDeadline } from './mutation-deadline';
import { resolveOrganisationAuditLogReference, subgraphAuditLog } from './audit/organisation-audit-log';
import type { Principal } from './auth';
import type { ClockReading } from './clock';
import { recordNotVisible } from './errors';
import { withLowerCaseUuidIds, withNormalisedIds } from './id-scalar';
import { withNullableRootFields } from './nullable-root-fields';
import type { EntityClass, MigrationClass } from './database';
import type { IsoDate } from './iso-date';
import type { Logger } from './logger';
import type { PeerQuery } from './peer-query';

export interface SubgraphContext<Loaders> {
  readonly principal: Principal;
  /** The request's one reading of the clock (clock.ts): every rule and query of the request uses this date. */
  readonly today: IsoDate;
  readonly now: Date;
  /** The gateway signed this request, so what it sent beside the operation (`@requires` fields) can be believed. */
  readonly viaGateway: boolean;
  readonly loaders: Loaders;
  readonly dataSource: DataSource;
  readonly requestId: string;
  readonly log: Logger;
  /** Queries another subgraph with the caller's token (see peer-query.ts). */
  readonly peers: PeerQuery;
  /** The request's `Idempotency-Key` and how long keys live (idempotency.ts); null when it sent none. */
  readonly idempotency: { readonly key: string; readonly lifetimeHours: number } | null;
}

export type ReferenceResolver<Loaders> = (
  reference: { __typename: string; id: string },
  context: SubgraphContext<Loaders>,
) => Promise<unknown>;

export interface SubgraphDefinition<Loaders> {
  readonly name: string;
  readonly resolvers: NonEmptyArray<ClassType>;
  readonly orphanedTypes?: ClassType[];
  /** `__resolveReference` per entity type; each must batch through a loader and check scope. */
  readonly referenceResolvers: Record<string, ReferenceResolver<Loaders>>;
  readonly entities: readonly EntityClass[];
  readonly migrations: readonly MigrationClass[];
  /** Per-request loaders; the principal lets loaders apply organisation scope, `today` date rules. */
  createLoaders(dataSource: DataSource, principal: Principal, today: IsoDate): Loaders;
  /** Writes the demo partnership's rows, dated from the clock's reading, if this subgraph's tables are empty. */
  seedDemoData?(dataSource: DataSource, log: Logger, clock: ClockReading): Promise<void>;
}

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides"])';

export async function buildFederatedSchema<Loaders>(definition: SubgraphDefinition<Loaders>): Promise<GraphQLSchema> {
  const auditLog = subgraphAuditLog(definition.name);
  const schema = await buildSchema({
    resolvers: [...definition.resolvers, auditLog.resolver],
    // The audit log entity is reached through `_entities` in every subgraph but the one with its root query.
    orphanedTypes: [...(definition.orphanedTypes ?? []), auditLog.type],
    validate: false,
    // Federation directives (@key, @shareable) are declared by buildSubgraphSchema, not here.
    skipCheck: true,
  });
  describeRootTypes(schema);
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  if (resolvers.Mutation) {
    resolvers.Mutation = auditedMutations(idempotentMutations(mutationsWithDeadline(definition.name, resolvers.Mutation)));
  }
  const referenceResolvers: Record<string, (reference: never, context: SubgraphContext<Loaders>) => Promise<unknown>> = {
    ...definition.referenceResolvers,
    OrganisationAuditLog: resolveOrganisationAuditLogReference,
  };
  for (const [typeName, resolveReference] of Object.entries(referenceResolvers)) {
    // A representation is the caller's text: its ids are read in lower case like any argument's.
    // A record the caller may not see nulls its own position, with the reason in `errors`.
    const resolveVisible = async (reference: object, context: SubgraphContext<Loaders>) => {
      const record = await resolveReference(withNormalisedIds(reference) as never, context);
      if (record === null || record === undefined) throw recordNotVisible(typeName);
      return record;
    };
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: resolveVisible };
  }
  const typeDefs = withNullableRootFields(parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`));
  return withLowerCaseUuidIds(buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]));
}

/** type-graphql has no decorator for the root types themselves; their descriptions are set here, the same in every subgraph. */
function describeRootTypes(schema: GraphQLSchema): void {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = 'What a signed-in caller may read, as far as their roles and organisations allow.';
  if (mutation) {
    mutation.description =
      'One business action each, taking one `input` and answering with the object written or `userErrors`; a refused input writes nothing.';
  }
}
