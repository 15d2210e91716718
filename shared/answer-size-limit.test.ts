import { ApolloServer } from '@apollo/server';
import { ANSWER_TOO_LARGE, answerSizeLimitPlugin } from './answer-size-limit';

describe('the answer-size limit', () => {
  let resolved = 0;
  const server = new ApolloServer({
    typeDefs: 'type Query { items(count: Int!): [Item!]! } type Item { name: String! }',
    resolvers: {
      Query: { items: (_: unknown, { count }: { count: number }) => Array.from({ length: count }, (_item, index) => ({ index })) },
      Item: {
        name: ({ index }: { index: number }) => {
          resolved += 1;
          return `item ${index}`;
        },
      },
    },
    plugins: [answerSizeLimitPlugin(50)],
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const run = async (count: number) => {
    resolved = 0;
    const response = await server.executeOperation({ query: `{ items(count: ${count}) { name } }` });
    return { response, body: response.body.kind === 'single' ? response.body.singleResult : null };
  };

  it('answers within the limit as usual', async () => {
    const { body } = await run(49);
    expect(body?.errors).toBeUndefined();
    expect(body?.data?.items).toHaveLength(49);
  });

  it('replaces an answer over the limit with one error, and runs no resolver past it', async () => {
    const { response, body } = await run(1_000);
    expect(response.http.status).toBe(400);
    expect(body).toEqual({
      errors: [{ message: expect.stringMatching(/more than 50 values/), extensions: { code: ANSWER_TOO_LARGE, limit: 50 } }],
    });
    expect(resolved).toBeLessThan(50);
  });
});
