/** The placements subgraph's migrations, oldest first. */
import { CreatePlacements1795441104321 } from './1795441104321-CreatePlacements';

export const migrations: Function[] = [CreatePlacements1795441104321];
