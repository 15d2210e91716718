import { composeSupergraph } from '../../scripts/compose-supergraph';
import { readCommittedSupergraph } from '../../gateway/src/supergraph-file';

describe('the committed supergraph', () => {
  it('matches what the subgraphs compose to now (run `npm run compose` if not)', async () => {
    expect(readCommittedSupergraph()).toBe(await composeSupergraph());
  });
});
