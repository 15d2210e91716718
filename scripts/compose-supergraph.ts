/**
 * Composes the supergraph from every registered subgraph's schema, in process. The result is
 * committed as `supergraph.graphql`; a test fails when the committed file is stale. It lives in
 * scripts/ because it loads every subgraph's code, which the gateway never imports: the gateway
 * serves the committed file.
 */
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { buildFederatedSchema } from '#hub/shared/subgraph';
import { subgraphRegistry } from '#hub/shared/subgraph-registry';
import { loadSubgraph } from '../subgraphs/load-subgraph';

export async function composeSupergraph(): Promise<string> {
  const services = await Promise.all(
    subgraphRegistry.map(async ({ name, defaultPort }) => ({
      name,
      url: `http://localhost:${defaultPort}/graphql`,
      typeDefs: parse(printSubgraphSchema(await buildFederatedSchema(loadSubgraph(name)))),
    })),
  );
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`The subgraphs do not compose:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
