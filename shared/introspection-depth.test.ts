import { buildSchema, getIntrospectionQuery, GraphQLError, parse, validate } from 'graphql';
import { introspectionDepthRule, OF_TYPE_CHAIN_LIMIT } from './introspection-depth';

const schema = buildSchema('type Query { councils(first: Int): [Council!]! } type Council { id: ID! name: String! }');
const refusals = (query: string) =>
  validate(schema, parse(query), [introspectionDepthRule(10, (message) => new GraphQLError(message))]).map((error) => error.message);
const ofTypes = (count: number) => `${'ofType { '.repeat(count)}name${' }'.repeat(count)}`;

describe('introspection depth', () => {
  it('takes the `ofType` chain limit from graphql-js’s own introspection query', () => {
    expect(OF_TYPE_CHAIN_LIMIT).toBe(9);
  });

  it('accepts graphql-js’s fullest introspection query, as GraphiQL and code generators send it', () => {
    expect(refusals(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, oneOf: true, specifiedByUrl: true }))).toEqual(
      [],
    );
  });

  it('refuses an `ofType` chain longer than that query’s', () => {
    expect(refusals(`{ __schema { types { ${ofTypes(OF_TYPE_CHAIN_LIMIT)} } } }`)).toEqual([]);
    expect(refusals(`{ __schema { types { ${ofTypes(12)} } } }`)).toEqual([
      'The introspection query nests ofType 12 times; the limit is 9.',
    ]);
  });

  it('refuses introspection nested deeper than the query depth limit, through fragments too', () => {
    const deep =
      '{ __schema { directives { ...Args } } } fragment Args on __Directive { args { type { fields { args { type { fields { args { type { name } } } } } } } } }';
    expect(refusals(deep)).toEqual(['The introspection query nests 11 levels deep, not counting ofType; the limit is 10.']);
    expect(refusals('{ __type(name: "Council") { fields { type { ofType { name } } } } }')).toEqual([]);
  });

  it('does not loop on a fragment that spreads itself (graphql-js refuses the cycle)', () => {
    expect(refusals('{ __schema { types { ...T } } } fragment T on __Type { ofType { ...T } }')).toEqual([]);
  });
});
