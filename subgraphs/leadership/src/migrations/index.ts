/** The leadership subgraph's migrations, oldest first. */
import { CreateLeadership1795444274474 } from './1795444274474-CreateLeadership';

export const migrations: Function[] = [CreateLeadership1795444274474];
