/**
 * The gateway: one GraphQL endpoint over every subgraph, from the committed supergraph, so it
 * starts even while a subgraph is down, though it reports not ready until every subgraph is. It
 * verifies the caller's token before planning a query.
 */
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { databaseUnavailableStatusPlugin, formatErrors, requestLogPlugin } from '#hub/shared/apollo-plugins';
import { createTokenVerifier } from '#hub/shared/auth';
import { clockFor } from '#hub/shared/clock';
import type { HubConfig } from '#hub/shared/config';
import { serveGraphQL, type RunningHttpServer } from '#hub/shared/http-server';
import type { Logger } from '#hub/shared/logger';
import { queryCostLimitPlugin, queryLimitOptions } from '#hub/shared/query-limits';
import { SubgraphDataSource, type GatewayContext } from './subgraph-data-source';
import { subgraphReadiness } from './subgraph-readiness';
import { webPages } from './web-pages';

export interface GatewayOptions {
  readonly config: HubConfig;
  readonly log: Logger;
  readonly supergraphSdl: string;
  /** 0 picks a free port (tests). */
  readonly port: number;
  /** Where each subgraph answers, by name; defaults to the configured URLs. */
  readonly subgraphUrls?: Readonly<Record<string, string>>;
}

export async function startGateway(options: GatewayOptions): Promise<RunningHttpServer> {
  const { config, log } = options;
  if (!config.gatewaySigning.secret) {
    log.warn('no GATEWAY_SIGNING_SECRET: subgraphs cannot tell this gateway from a direct caller, so partnership figures may be refused');
  }
  const urls = options.subgraphUrls ?? Object.fromEntries(config.subgraphs.map((subgraph) => [subgraph.name, subgraph.url]));
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name }) => {
      const url = urls[name];
      if (!url) throw new Error(`The supergraph names a subgraph "${name}" that this hub does not run.`);
      return new SubgraphDataSource(name, url, config.subgraphTimeoutMs, config.gatewaySigning.secret, config.requestBodyLimitBytes);
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    formatError: formatErrors({ hideSuggestions: config.production }),
    ...queryLimitOptions(config.queryLimits),
    // The bundled IDE (web-pages.ts) replaces Apollo's landing page, which loads Sandbox from Apollo's servers.
    // Answers carry personal data and are never cached by HTTP, so no cache hints are worked out.
    plugins: [
      requestLogPlugin(log),
      queryCostLimitPlugin(config.queryLimits.maxCost),
      databaseUnavailableStatusPlugin(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
    ],
    // shutdown.ts owns the signals, so Apollo stops only after the requests in flight are answered.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const verifyToken = createTokenVerifier(config);
  const clock = clockFor(config.clockStoppedAt);
  const http = await serveGraphQL({
    apollo,
    host: config.host,
    port: options.port,
    bodyLimitBytes: config.requestBodyLimitBytes,
    log,
    isReady: subgraphReadiness(urls, config.readyTimeoutMs),
    readyTimeoutMs: config.readyTimeoutMs,
    pages: webPages(config),
    context: async (request, requestId) => {
      const authorization = request.headers.authorization ?? '';
      await verifyToken(authorization || undefined);
      return { authorization, requestId, now: clock.now() };
    },
  });
  log.info({ url: http.url }, 'gateway ready');
  return {
    ...http,
    async close(graceMs) {
      await http.close(graceMs);
      await apollo.stop();
    },
  };
}
