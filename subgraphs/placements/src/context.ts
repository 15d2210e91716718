import type { SubgraphContext } from '#hub/shared/subgraph';
import type { PlacementsLoaders } from './loaders';

export type PlacementsContext = SubgraphContext<PlacementsLoaders>;
