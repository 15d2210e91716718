/** The councils subgraph's migrations, oldest first. */
import { CreateCouncils1795427165560 } from './1795427165560-CreateCouncils';

export const migrations: Function[] = [CreateCouncils1795427165560];
