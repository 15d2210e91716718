/**
 * Runs one subgraph: opens its database (migrations applied), seeds demo data when asked, builds
 * its federated schema and serves it over HTTP. Every request has its gateway signature checked
 * (see gateway-signature.ts), verifies the bearer token itself and gets fresh DataLoaders.
 */
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { answerSizeLimitPlugin } from './answer-size-limit';
import { createTokenVerifier } from './auth';
import { clockFor, forwardedReading, HUB_NOW_HEADER, readClock } from './clock';
import { databaseUnavailableStatusPlugin, formatErrors, requestLogPlugin } from './apollo-plugins';
import type { HubConfig } from './config';
import { openSubgraphDatabase, type SubgraphDatabase } from './database';
import { requestDeadline, TIME_LEFT_HEADER } from './deadline';
import { checkGatewaySignature } from './gateway-signature';
import { IDEMPOTENCY_KEY_HEADER } from './idempotency-key';
import { createPeerQuery } from './peer-query';
import { peerWaitFor } from './peer-wait';
import { serveGraphQL } from './http-server';
import type { Logger } from './logger';
import { queryCostLimitPlugin, queryLimitOptions, subgraphQueryLimits } from './query-limits';
import { currentRequestScope } from './request-context';
import { buildFederatedSchema, type SubgraphContext, type SubgraphDefinition } from './subgraph';

export interface SubgraphServerOptions {
  readonly config: HubConfig;
  readonly log: Logger;
  readonly databaseUrl: string;
  /** 0 picks a free port (tests). */
  readonly port: number;
  readonly seedDemoData: boolean;
  /** Where the other subgraphs answer, by name, when not where the configuration says (tests on free ports). */
  readonly peerUrls?: Readonly<Record<string, string>>;
}

export interface RunningSubgraph {
  readonly name: string;
  readonly url: string;
  readonly port: number;
  readonly database: SubgraphDatabase;
  /** Drains (see http-server.ts), then stops Apollo and closes the database pool. */
  stop(graceMs?: number): Promise<void>;
}

export async function startSubgraphServer<Loaders>(
  definition: SubgraphDefinition<Loaders>,
  options: SubgraphServerOptions,
): Promise<RunningSubgraph> {
  const { log } = options;
  const database = await openSubgraphDatabase({
    url: options.databaseUrl,
    schema: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
    log,
    timeouts: options.config.databaseTimeouts,
    afterMigrations:
      options.seedDemoData && definition.seedDemoData
        ? (dataSource, log) => definition.seedDemoData!(dataSource, log, readClock(clockFor(options.config.clockStoppedAt)))
        : undefined,
  });
  try {
    return await serveSubgraph(definition, options, database);
  } catch (error) {
    await database.close();
    throw error;
  }
}

async function serveSubgraph<Loaders>(
  definition: SubgraphDefinition<Loaders>,
  options: SubgraphServerOptions,
  database: SubgraphDatabase,
): Promise<RunningSubgraph> {
  const { config, log } = options;
  const { dataSource } = database;

  const verifyToken = createTokenVerifier(config);
  const clock = clockFor(config.clockStoppedAt);
  const peerUrls = options.peerUrls ?? Object.fromEntries(config.subgraphs.map((subgraph) => [subgraph.name, subgraph.url]));
  const signingPolicy = { subgraph: definition.name, ...config.gatewaySigning };
  if (!signingPolicy.secret) {
    log.warn('no GATEWAY_SIGNING_SECRET: every request counts as a direct call, which may name only councils the caller administers');
  }
  const limits = subgraphQueryLimits(config.queryLimits);
  const apollo = new ApolloServer<SubgraphContext<Loaders>>({
    schema: await buildFederatedSchema(definition),
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    formatError: formatErrors({ hideSuggestions: config.production, subgraphName: definition.name }),
    ...queryLimitOptions(limits),
    // Inline traces feed a hosted metrics service this hub does not use, and the landing page loads Sandbox from one.
    // Cache hints would be worked out field by field for HTTP caching that no answer of the hub may have.
    plugins: [
      requestLogPlugin(log),
      queryCostLimitPlugin(limits.maxCost),
      databaseUnavailableStatusPlugin(),
      answerSizeLimitPlugin(limits.maxCost),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
    ],
    // shutdown.ts owns the signals, so Apollo stops only after the requests in flight are answered.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const http = await serveGraphQL({
    apollo,
    host: config.host,
    port: options.port,
    bodyLimitBytes: config.requestBodyLimitBytes,
    log,
    isReady: async () => {
      await dataSource.query('SELECT 1');
      return true;
    },
    readyTimeoutMs: config.readyTimeoutMs,
    checkCaller: (request, body) =>
      checkGatewaySignature(
        signingPolicy,
        { method: request.method ?? '', search: new URL(request.url ?? '/', 'http://subgraph').search.slice(1), headers: request.headers },
        body,
      ),
    context: async (request, requestId, viaGateway) => {
      const deadline = requestDeadline(request.headers[TIME_LEFT_HEADER], viaGateway, config.subgraphTimeoutMs);
      // The scope, not the context, because the database's transaction hooks can reach only the scope.
      const scope = currentRequestScope();
      if (scope) scope.deadline = deadline;
      const idempotencyKey = request.headers[IDEMPOTENCY_KEY_HEADER];
      const principal = await verifyToken(request.headers.authorization);
      // A signed request decides by the gateway's reading, so one query's subgraphs agree on the day.
      const { now, today } = (viaGateway && forwardedReading(request.headers[HUB_NOW_HEADER])) || readClock(clock);
      const peerWait = peerWaitFor(config.subgraphTimeoutMs);
      return {
        principal,
        today,
        now,
        viaGateway,
        loaders: definition.createLoaders(dataSource, principal, today),
        dataSource,
        requestId,
        log: log.child({ requestId }),
        peers: createPeerQuery({
          urls: peerUrls,
          signingSecret: viaGateway ? config.gatewaySigning.secret : null,
          // Read as each query is sent: what is left of this request's time, less the write's reserve (peer-wait.ts).
          get timeoutMs() {
            return peerWait.remainingMs();
          },
          deadline,
          authorization: request.headers.authorization ?? '',
          requestId,
          now,
        }),
        idempotency: typeof idempotencyKey === 'string' ? { key: idempotencyKey, lifetimeHours: config.idempotencyKeyLifetimeHours } : null,
      };
    },
  });
  log.info({ url: http.url }, `subgraph ${definition.name} ready`);

  return {
    name: definition.name,
    url: http.url,
    port: http.port,
    database,
    async stop(graceMs) {
      await http.close(graceMs);
      await apollo.stop();
      await database.close();
    },
  };
}
