/**
 * The README's first queries are run here against the demo partnership, with the token the
 * README tells the reader to use: the launcher's demo token (a partnership admin), or the one
 * minted by the `npm run -s token -- …` line above the query in the same block.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { HubClaims } from '#hub/shared/auth';
import { tokenRequest } from '../scripts/token-claims';
import { DEMO_PARTNERSHIP_ID } from './support/demo';
import { startTestHub, type TestHub } from './support/test-hub';

interface ReadmeExample {
  readonly query: string;
  readonly claims: HubClaims;
}

const DEMO_TOKEN: HubClaims = { roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] };

/** Each `curl … -d '{"query": …}'` of the README, with the claims of the token it is sent with. */
function readmeExamples(): ReadmeExample[] {
  const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
  const blocks = readme.split('```').filter((_, index) => index % 2 === 1);
  return blocks.flatMap((block) => {
    const minted = /npm run -s token -- ([^)]*)\)/.exec(block);
    return [...block.matchAll(/-d '(\{"query".*\})'/g)].map((match) => ({
      query: (JSON.parse(match[1]) as { query: string }).query,
      claims: minted ? tokenRequest(minted[1].split(/\s+/)).claims : DEMO_TOKEN,
    }));
  });
}

describe('the README’s first queries', () => {
  let hub: TestHub;
  const examples = readmeExamples();

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
  });
  afterAll(() => hub.stop());

  it('are there to be run: the demo token’s and a council admin’s', () => {
    expect(examples.map((example) => example.claims.roles)).toEqual([['partnership_admin'], ['council_admin']]);
  });

  it.each(examples.map((example, index) => [index + 1, example] as const))(
    'answers example %i with data and no errors',
    async (_number, { query, claims }) => {
      const response = await hub.query(await hub.token(claims), query);
      expect(response.errors).toBeUndefined();
      const [field] = Object.values(response.data!);
      expect(field).toEqual(expect.objectContaining({ name: expect.any(String) }));
      expect(JSON.stringify(field)).not.toContain('null');
    },
  );
});
