import type { SubgraphContext } from '../../../shared/subgraph';
import type { UniversitiesLoaders } from './loaders';

export type UniversitiesContext = SubgraphContext<UniversitiesLoaders>;
