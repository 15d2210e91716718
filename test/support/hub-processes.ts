/**
 * The whole hub as real processes, as `npm start` runs it (service-process.ts), on a database of
 * its own on the test PostgreSQL server: each subgraph in one or more replicas, HAProxy in front
 * of each subgraph's replicas when there are two or more (test/support/haproxy.ts), and the
 * gateway. The subgraphs may reach the database through a TCP proxy the test controls, so a test
 * can cut it without touching the machine's server. Call `stop()` in afterAll.
 */
import { signHubToken, type HubClaims } from '#hub/shared/auth';
import { loadConfig } from '#hub/shared/config';
import { randomSigningSecret } from '#hub/shared/gateway-signature';
import { createScratchDatabase, type ScratchDatabase } from '#hub/shared/scratch-database';
import { subgraphRegistry } from '#hub/shared/subgraph-registry';
import { startLoadBalancer, type LoadBalancer } from './haproxy';
import { freePort, startProcess, waitUntilReady, type ServiceProcess } from './service-process';
import { startTcpProxy, throughProxy, type TcpProxy } from './tcp-proxy';
import { TEST_NOW } from './test-clock';
import type { GraphQLResponse } from './test-hub';

export interface Replica {
  readonly subgraph: string;
  readonly port: number;
  readonly process: ServiceProcess;
  /** Starts it again on its port, after it was killed, and waits until it is ready. */
  restart(): Promise<void>;
}

export interface HubProcessesOptions {
  /** Replicas of each subgraph; two or more are put behind HAProxy. */
  replicas?: number;
  /** The subgraphs reach the database through `databaseProxy`. */
  databaseThroughProxy?: boolean;
  /** Settings for every process. */
  env?: Record<string, string>;
}

export interface SendOptions {
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export interface HubProcesses {
  readonly gatewayUrl: string;
  readonly gateway: ServiceProcess;
  /** The database the subgraphs use, reached directly: for the test's own checks. */
  readonly databaseUrl: string;
  readonly databaseProxy: TcpProxy | null;
  readonly replicas: Record<string, Replica[]>;
  token(claims: HubClaims): Promise<string>;
  send<Data = Record<string, any>>(
    token: string,
    query: string,
    variables?: Record<string, unknown>,
    options?: SendOptions,
  ): Promise<GraphQLResponse<Data>>;
  /** Everything each process printed, for a failure message. */
  output(): string;
  stop(): Promise<void>;
}

export async function startHubProcesses(options: HubProcessesOptions = {}): Promise<HubProcesses> {
  const replicaCount = options.replicas ?? 1;
  const database: ScratchDatabase = await createScratchDatabase(process.env.TEST_DATABASE_SERVER_URL!, 'hub_processes');
  const server = new URL(database.url);
  const databaseProxy = options.databaseThroughProxy
    ? await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) })
    : null;
  const env: Record<string, string> = {
    DATABASE_URL: databaseProxy ? throughProxy(database.url, databaseProxy) : database.url,
    GATEWAY_SIGNING_SECRET: randomSigningSecret(),
    HUB_TODAY: TEST_NOW.toISOString(),
    LOG_LEVEL: 'warn',
    SEED_DEMO_DATA: 'true',
    ...options.env,
  };
  const processes: ServiceProcess[] = [];
  let balancer: LoadBalancer | null = null;
  const replicas: Record<string, Replica[]> = {};

  const stop = async () => {
    for (const each of processes) if (each.child.exitCode === null && each.child.signalCode === null) each.child.kill('SIGKILL');
    await Promise.all(processes.map((each) => each.exited()));
    await balancer?.stop();
    await databaseProxy?.close();
    await database.drop();
  };

  try {
    // Every process finds each subgraph at one URL: its only replica, or its balancer.
    const ports = Object.fromEntries(
      await Promise.all(
        subgraphRegistry.map(
          async ({ name }) => [name, await Promise.all(Array.from({ length: replicaCount }, () => freePort()))] as const,
        ),
      ),
    );
    if (replicaCount > 1) {
      const { ports: balancerPorts } = (balancer = await startLoadBalancer(ports));
      for (const { name } of subgraphRegistry) env[`${name.toUpperCase()}_URL`] = `http://127.0.0.1:${balancerPorts[name]}/graphql`;
    } else {
      for (const { name } of subgraphRegistry) env[`${name.toUpperCase()}_URL`] = `http://127.0.0.1:${ports[name][0]}/graphql`;
    }
    const startReplica = (name: string, port: number): Replica => {
      const start = () => {
        const started = startProcess('subgraphs/main.js', [name], { ...env, [`${name.toUpperCase()}_PORT`]: String(port) });
        processes.push(started);
        return started;
      };
      let current = start();
      return {
        subgraph: name,
        port,
        get process() {
          return current;
        },
        async restart() {
          current = start();
          await waitUntilReady(current, `http://127.0.0.1:${port}/ready`);
        },
      };
    };
    for (const { name } of subgraphRegistry) replicas[name] = ports[name].map((port) => startReplica(name, port));
    await Promise.all(
      Object.values(replicas)
        .flat()
        .map((replica) => waitUntilReady(replica.process, `http://127.0.0.1:${replica.port}/ready`)),
    );
    const gatewayPort = await freePort();
    const gateway = startProcess('gateway/src/main.js', [], { ...env, GATEWAY_PORT: String(gatewayPort) });
    processes.push(gateway);
    const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
    await waitUntilReady(gateway, `http://127.0.0.1:${gatewayPort}/ready`);

    // The processes run with the development defaults, so tokens are signed with the same settings.
    const tokenConfig = loadConfig({ HUB_TODAY: env.HUB_TODAY });
    return {
      gatewayUrl,
      gateway,
      databaseUrl: database.url,
      databaseProxy,
      replicas,
      token: (claims) => signHubToken(tokenConfig, `reliability-${claims.roles.join('+')}`, claims, '2h'),
      async send(token, query, variables, sendOptions = {}) {
        const response = await fetch(gatewayUrl, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            ...(sendOptions.idempotencyKey ? { 'idempotency-key': sendOptions.idempotencyKey } : {}),
          },
          body: JSON.stringify({ query, variables }),
          signal: sendOptions.signal,
        });
        return { status: response.status, ...((await response.json()) as object) };
      },
      output: () => processes.map((each) => each.output()).join('\n'),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
