import type { SubgraphContext } from '../../../shared/subgraph';
import type { LeadershipLoaders } from './loaders';

export type LeadershipContext = SubgraphContext<LeadershipLoaders>;
