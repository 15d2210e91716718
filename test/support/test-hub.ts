/**
 * Starts the hub in-process for a test file: its own database on the test PostgreSQL server,
 * every registered subgraph and the gateway on free ports. Call `stop()` in afterAll.
 */
import 'reflect-metadata';
import { signHubToken, type HubClaims } from '#hub/shared/auth';
import { loadConfig, type HubConfig } from '#hub/shared/config';
import { randomSigningSecret } from '#hub/shared/gateway-signature';
import { createLogger, type Logger } from '#hub/shared/logger';
import { createScratchDatabase } from '#hub/shared/scratch-database';
import { subgraphRegistry } from '#hub/shared/subgraph-registry';
import { startSubgraphServer, type RunningSubgraph } from '#hub/shared/subgraph-server';
import { readCommittedSupergraph } from '../../gateway/src/supergraph-file';
import { TEST_NOW } from './test-clock';
import { startGateway } from '../../gateway/src/gateway';
import { loadSubgraph } from '../../subgraphs/load-subgraph';

export interface GraphQLResponse<Data = Record<string, any>> {
  status: number;
  data?: Data;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestHub {
  readonly config: HubConfig;
  readonly gatewayUrl: string;
  readonly subgraphs: Record<string, RunningSubgraph>;
  /** The test's own database, which every subgraph uses (each in its own schema). */
  readonly databaseUrl: string;
  token(claims: HubClaims, expiresIn?: string | number): Promise<string>;
  /** Sends a GraphQL request to the gateway, or to `url` when given. */
  query<Data = Record<string, any>>(
    token: string | null,
    query: string,
    variables?: Record<string, unknown>,
    url?: string,
  ): Promise<GraphQLResponse<Data>>;
  stop(): Promise<void>;
}

/**
 * A fresh gateway signing secret each time, shared by the hub's gateway and subgraphs, and the
 * clock stopped at the tests' date, except in production, which refuses a stopped clock.
 */
export function testConfig(overrides: Record<string, string> = {}): HubConfig {
  return loadConfig({
    LOG_LEVEL: 'silent',
    SUBGRAPH_TIMEOUT_MS: '10000',
    GATEWAY_SIGNING_SECRET: randomSigningSecret(),
    ...(overrides.NODE_ENV === 'production' ? {} : { HUB_TODAY: TEST_NOW.toISOString() }),
    ...overrides,
  });
}

export interface TestHubOptions {
  seedDemoData?: boolean;
  env?: Record<string, string>;
  /** Where the gateway and subgraphs log; silent by default. */
  log?: Logger;
  /** Where a subgraph reaches the test database, when not directly (through a proxy the test controls). */
  databaseUrlFor?: (subgraph: string, databaseUrl: string) => string;
  /** Where the gateway reaches a subgraph, when not directly. */
  gatewayReaches?: (subgraph: string, subgraphUrl: string) => string;
}

export async function startTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  const serverUrl = process.env.TEST_DATABASE_SERVER_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_SERVER_URL is not set: run the tests with `npm test`.');
  const config = testConfig(options.env);
  const log = options.log ?? createLogger('test', 'silent');
  const database = await createScratchDatabase(serverUrl, 'hub_test');
  const subgraphs: Record<string, RunningSubgraph> = {};
  // Filled in as each subgraph starts on its free port; read only when one queries another.
  const subgraphUrls: Record<string, string> = {};
  for (const { name } of subgraphRegistry) {
    subgraphs[name] = await startSubgraphServer(loadSubgraph(name), {
      config,
      log,
      databaseUrl: options.databaseUrlFor?.(name, database.url) ?? database.url,
      port: 0,
      seedDemoData: options.seedDemoData ?? false,
      peerUrls: subgraphUrls,
    });
    subgraphUrls[name] = subgraphs[name].url;
  }
  const gateway = await startGateway({
    config,
    log,
    supergraphSdl: readCommittedSupergraph(),
    port: 0,
    subgraphUrls: Object.fromEntries(
      Object.values(subgraphs).map((subgraph) => [subgraph.name, options.gatewayReaches?.(subgraph.name, subgraph.url) ?? subgraph.url]),
    ),
  });

  return {
    config,
    gatewayUrl: gateway.url,
    subgraphs,
    databaseUrl: database.url,
    token: (claims, expiresIn = '1h') => signHubToken(config, `test-${claims.roles.join('+')}`, claims, expiresIn),
    async query(token, query, variables, url = gateway.url) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async stop() {
      await gateway.close();
      for (const subgraph of Object.values(subgraphs)) await subgraph.stop();
      await database.drop();
    },
  };
}

/** The first error's extensions.code, or undefined. */
export function errorCode(response: GraphQLResponse): unknown {
  return response.errors?.[0]?.extensions?.code;
}
