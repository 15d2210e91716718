import type { SubgraphContext } from '#hub/shared/subgraph';
import type { UniversitiesLoaders } from './loaders';

export type UniversitiesContext = SubgraphContext<UniversitiesLoaders>;
