import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway } from '../gateway/src/gateway';
import { readCommittedSupergraph } from '../gateway/src/supergraph-file';
import { signHubToken } from '#hub/shared/auth';
import { createLogger } from '#hub/shared/logger';
import { subgraphRegistry } from '#hub/shared/subgraph-registry';
import { testConfig } from './support/test-hub';

/** Every subgraph at an address where nothing listens. */
const allDown = () => Object.fromEntries(subgraphRegistry.map(({ name }) => [name, 'http://127.0.0.1:9/graphql']));

describe('the gateway when a subgraph is slow or down', () => {
  const config = testConfig({ SUBGRAPH_TIMEOUT_MS: '300' });
  let silentSubgraph: http.Server;
  let gateway: Awaited<ReturnType<typeof startGateway>>;

  async function ask(url: string) {
    const token = await signHubToken(config, 'tester', { roles: ['partnership_admin'] });
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ councils { totalCount } }' }),
    });
    return (await response.json()) as { errors?: { message: string; path?: string[]; extensions?: { code?: string } }[] };
  }

  beforeAll(async () => {
    // Accepts connections and never answers.
    silentSubgraph = http.createServer(() => {});
    await new Promise<void>((resolve) => silentSubgraph.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await gateway?.close();
    silentSubgraph.closeAllConnections();
    await new Promise((resolve) => silentSubgraph.close(resolve));
  });

  it('answers SUBGRAPH_TIMEOUT, naming the subgraph, instead of hanging', async () => {
    const port = (silentSubgraph.address() as AddressInfo).port;
    gateway = await startGateway({
      config,
      log: createLogger('test', 'silent'),
      supergraphSdl: readCommittedSupergraph(),
      port: 0,
      subgraphUrls: { ...allDown(), councils: `http://127.0.0.1:${port}/graphql` },
    });
    const startedAt = Date.now();
    const response = await ask(gateway.url);
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    expect(response.errors![0]).toMatchObject({ path: ['councils'], extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: 'councils' } });
    expect(response.errors![0].message).toMatch(/councils subgraph did not answer within 300 ms/);
  });

  it('starts and answers SUBGRAPH_UNAVAILABLE, naming the subgraph, with the path of what is missing, while a subgraph is down', async () => {
    const down = await startGateway({
      config,
      log: createLogger('test', 'silent'),
      supergraphSdl: readCommittedSupergraph(),
      port: 0,
      subgraphUrls: allDown(),
    });
    try {
      const response = await ask(down.url);
      expect(response.errors).toEqual([
        expect.objectContaining({ path: ['councils'], extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'councils' } }),
      ]);
    } finally {
      await down.close();
    }
  });
});
