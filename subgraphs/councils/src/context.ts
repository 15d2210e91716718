import type { SubgraphContext } from '#hub/shared/subgraph';
import type { CouncilsLoaders } from './loaders';

export type CouncilsContext = SubgraphContext<CouncilsLoaders>;
