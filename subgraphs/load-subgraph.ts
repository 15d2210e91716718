/** Finds a subgraph's definition by its registry name: `subgraphs/<name>/src/index.ts` exports `subgraph`. */
import path from 'node:path';
import type { SubgraphDefinition } from '#hub/shared/subgraph';
import { subgraphRegistry } from '#hub/shared/subgraph-registry';

export function loadSubgraph(name: string): SubgraphDefinition<unknown> {
  if (!subgraphRegistry.some((entry) => entry.name === name)) {
    throw new Error(`Unknown subgraph "${name}"; known: ${subgraphRegistry.map((entry) => entry.name).join(', ')}`);
  }
  // No extension: the build runs index.js, the unit tests index.ts. import() would need the extension.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(path.join(__dirname, name, 'src', 'index')) as { subgraph: SubgraphDefinition<unknown> };
  return module.subgraph;
}
