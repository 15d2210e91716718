import type { SubgraphContext } from '../../../shared/subgraph';
import type { PlacementsLoaders } from './loaders';

export type PlacementsContext = SubgraphContext<PlacementsLoaders>;
