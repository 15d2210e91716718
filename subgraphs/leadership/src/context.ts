import type { SubgraphContext } from '#hub/shared/subgraph';
import type { LeadershipLoaders } from './loaders';

export type LeadershipContext = SubgraphContext<LeadershipLoaders>;
