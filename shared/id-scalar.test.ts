import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';
import { normalisedId, withLowerCaseUuidIds, withNormalisedIds } from './id-scalar';

const UPPER = '0B6F3A52-ABCD-4000-8000-00000000000F';
const LOWER = UPPER.toLowerCase();

describe('ids read in lower case', () => {
  const schema = withLowerCaseUuidIds(
    buildSubgraphSchema([
      {
        typeDefs: parse(`
          type Query { echo(id: ID!, input: EchoInput!): [ID!]! }
          input EchoInput { id: ID! ids: [ID!]! }
        `),
        resolvers: {
          Query: {
            echo: (_: unknown, args: { id: string; input: { id: string; ids: string[] } }) => [args.id, args.input.id, ...args.input.ids],
          },
        },
      },
    ]),
  );

  it('lower-cases UUIDs in arguments, input fields and lists, written in the query or sent as variables', async () => {
    const literal = await graphql({
      schema,
      source: `{ echo(id: "${UPPER}", input: { id: "${UPPER}", ids: ["${UPPER}", "not-a-uuid"] }) }`,
    });
    expect(literal).toEqual({ data: { echo: [LOWER, LOWER, LOWER, 'not-a-uuid'] } });
    const variables = await graphql({
      schema,
      source: 'query ($id: ID!, $input: EchoInput!) { echo(id: $id, input: $input) }',
      variableValues: { id: UPPER, input: { id: UPPER, ids: ['ABC'] } },
    });
    expect(variables).toEqual({ data: { echo: [LOWER, LOWER, 'ABC'] } });
  });

  it('keeps the scalar named ID, so the API is unchanged', () => {
    expect(schema.getType('ID')?.name).toBe('ID');
  });

  it('lower-cases every UUID of a representation however deep, and leaves other values alone', () => {
    expect(withNormalisedIds({ __typename: 'Partnership', id: UPPER, councils: [{ id: UPPER }], count: 3, name: 'ABC' })).toEqual({
      __typename: 'Partnership',
      id: LOWER,
      councils: [{ id: LOWER }],
      count: 3,
      name: 'ABC',
    });
    expect(normalisedId('SW12345')).toBe('SW12345');
  });
});
