/** The universities subgraph's migrations, oldest first. */
import { CreateUniversities1795439036302 } from './1795439036302-CreateUniversities';

export const migrations: Function[] = [CreateUniversities1795439036302];
