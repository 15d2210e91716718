/** Ids of the seeded demo partnership, for tests that start the hub with `seedDemoData`. */
import { naturalKeyId } from '../../shared/natural-key-id';
export { DEMO_PARTNERSHIP_ID } from '../../subgraphs/councils/src/seed/demo-partnership';

export const BIRMINGHAM_ID = naturalKeyId('council', 'E08000025');
export const COVENTRY_ID = naturalKeyId('council', 'E08000026');
