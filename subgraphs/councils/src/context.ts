import type { SubgraphContext } from '../../../shared/subgraph';
import type { CouncilsLoaders } from './loaders';

export type CouncilsContext = SubgraphContext<CouncilsLoaders>;
