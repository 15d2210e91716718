/**
 * The subgraphs this hub runs. Adding a subgraph is one folder under `subgraphs/<name>/src`
 * (whose `index.ts` exports `subgraph`) and one line here; the launcher, the gateway and
 * composition all read this list. Names and ports only, so that `shared/` (config.ts) can read
 * it without importing any subgraph's code.
 */
export interface SubgraphEntry {
  readonly name: string;
  readonly defaultPort: number;
}

export const subgraphRegistry: readonly SubgraphEntry[] = [
  { name: 'councils', defaultPort: 4001 },
  { name: 'universities', defaultPort: 4002 },
  { name: 'placements', defaultPort: 4003 },
  { name: 'leadership', defaultPort: 4004 },
];
