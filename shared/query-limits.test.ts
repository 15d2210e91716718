import type { GraphQLRequestContextDidResolveOperation, GraphQLRequestListener } from '@apollo/server';
import { buildSchema, getOperationAST, GraphQLError, parse, validate } from 'graphql';
import { queryCostLimitPlugin, queryLimitOptions, subgraphQueryLimits, type QueryLimits } from './query-limits';

const schema = buildSchema(`
  type Query { councils(first: Int): CouncilConnection! }
  type CouncilConnection { totalCount: Int! nodes: [Council!]! }
  type Council { name: String! teams(first: Int): TeamConnection! }
  type TeamConnection { nodes: [Team!]! }
  type Team { name: String! council: Council! }
  type Partnership { name: String! councils: [Member!]! }
  type Member { partnerships: [Partnership!]! }
  extend type Query { partnership: Partnership }
`);
const generous: QueryLimits = { maxDepth: 100, maxAliases: 100, maxDirectives: 100, maxTokens: 10_000, maxCost: 1_000_000 };

/** What the validation rules refuse, then what the cost plugin refuses, as Apollo Server runs them. */
async function refusals(query: string, limits: Partial<QueryLimits>, variables: Record<string, unknown> = {}) {
  const { validationRules, parseOptions } = queryLimitOptions({ ...generous, ...limits });
  const document = parse(query, parseOptions);
  const refused = [...validate(schema, document, validationRules)];
  if (refused.length === 0) {
    const listener = (await queryCostLimitPlugin({ ...generous, ...limits }.maxCost).requestDidStart!(
      {} as never,
    )) as GraphQLRequestListener<object>;
    const resolved = { schema, document, operation: getOperationAST(document), request: { variables } };
    await listener.didResolveOperation!(resolved as unknown as GraphQLRequestContextDidResolveOperation<object>).catch(
      (error: GraphQLError) => refused.push(error),
    );
  }
  return refused.map((error) => ({ code: error.extensions.code, message: error.message }));
}

describe('query limits', () => {
  it('costs a list without paging at its listed size, so nesting such lists multiplies the estimate', async () => {
    // Partnership.councils is listed at 16, Member.partnerships (not listed) at the assumed 20: 2 + 16 × (2 + 20 × (2 + 1)).
    const twoLevels = '{ partnership { councils { partnerships { name } } } }';
    expect(await refusals(twoLevels, { maxCost: 900 })).toEqual([
      {
        code: 'QUERY_COST_LIMIT',
        message: "The query's estimated cost is 994; the limit is 900. Ask for smaller pages or fewer nested lists.",
      },
    ]);
    const fourLevels = '{ partnership { councils { partnerships { councils { partnerships { name } } } } } }';
    expect((await refusals(fourLevels, { maxCost: 50_000 }))[0]?.code).toBe('QUERY_COST_LIMIT');
  });

  it('costs 1 per scalar and 2 per object, times the `first` written in the query', async () => {
    // 10 × (2 councils + 1 totalCount + (2 nodes + 1 name + 3 × (2 teams + (2 nodes + 1 name))))
    const query = '{ councils(first: 10) { totalCount nodes { name teams(first: 3) { nodes { name } } } } }';
    expect(await refusals(query, { maxCost: 3_000 })).toEqual([]);
    expect(await refusals(query, { maxCost: 100 })).toEqual([
      {
        code: 'QUERY_COST_LIMIT',
        message: "The query's estimated cost is 210; the limit is 100. Ask for smaller pages or fewer nested lists.",
      },
    ]);
  });

  it('counts a `first` passed as a variable at its value, and a list without one as its default page', async () => {
    // 7 × (2 councils + (2 nodes + 1 name)), as with `first: 7` written in the query.
    const byVariable = 'query ($n: Int) { councils(first: $n) { nodes { name } } }';
    expect(await refusals(byVariable, { maxCost: 35 }, { n: 7 })).toEqual([]);
    expect(await refusals(byVariable, { maxCost: 34 }, { n: 7 })).toEqual(
      await refusals('{ councils(first: 7) { nodes { name } } }', { maxCost: 34 }),
    );
    // A variable left out counts as its default, or as the default page when it has none.
    expect(await refusals('query ($n: Int = 3) { councils(first: $n) { nodes { name } } }', { maxCost: 15 })).toEqual([]);
    expect(await refusals(byVariable, { maxCost: 99 })).toEqual([
      {
        code: 'QUERY_COST_LIMIT',
        message: "The query's estimated cost is 100; the limit is 99. Ask for smaller pages or fewer nested lists.",
      },
    ]);
    // More than the largest page is refused by pagination, naming the argument; here it counts as the largest page.
    expect(await refusals(byVariable, { maxCost: 400 }, { n: 1_000_000 })).toEqual([
      {
        code: 'QUERY_COST_LIMIT',
        message: "The query's estimated cost is 500; the limit is 400. Ask for smaller pages or fewer nested lists.",
      },
    ]);
    expect(await refusals('{ councils { nodes { name } } }', { maxCost: 99 })).toEqual([
      {
        code: 'QUERY_COST_LIMIT',
        message: "The query's estimated cost is 100; the limit is 99. Ask for smaller pages or fewer nested lists.",
      },
    ]);
    expect(await refusals('{ councils { nodes { name } } }', { maxCost: 100 })).toEqual([]);
  });

  it('costs a fragment only its fields, wherever it is spread', async () => {
    const spread = '{ councils(first: 10) { nodes { ...CouncilName } } } fragment CouncilName on Council { name }';
    const inline = '{ councils(first: 10) { nodes { ... on Council { name } } } }';
    const plain = '{ councils(first: 10) { nodes { name } } }';
    for (const query of [spread, inline]) {
      expect(await refusals(query, { maxCost: 49 })).toEqual(await refusals(plain, { maxCost: 49 }));
      expect(await refusals(query, { maxCost: 50 })).toEqual([]);
    }
  });

  it('costs each fragment once, so fragments that each spread the next twice are judged at once, not in 2^n steps', async () => {
    // 40 fragments under 500 tokens: costed afresh at every spread, this would not finish.
    const fragments = Array.from({ length: 40 }, (_, index) => `fragment F${index} on Council { ...F${index + 1} ...F${index + 1} }`);
    const query = `{ councils(first: 1) { nodes { ...F0 } } } ${fragments.join(' ')} fragment F40 on Council { name }`;
    expect((await refusals(query, { maxCost: 50_000 })).map((refusal) => refusal.code)).toEqual(['QUERY_COST_LIMIT']);
  });

  it('counts no depth for fragments: only fields nest', async () => {
    const query = '{ councils { nodes { ...CouncilName } } } fragment CouncilName on Council { ... on Council { name } }';
    expect(await refusals(query, { maxDepth: 3 })).toEqual([]);
    expect(await refusals(query, { maxDepth: 2 })).toEqual([
      { code: 'QUERY_DEPTH_LIMIT', message: 'The query nests 3 levels deep; the limit is 2.' },
    ]);
  });

  it('reports every limit a query breaks at once', async () => {
    const query = '{ a: councils { totalCount @skip(if: false) } b: councils { totalCount @skip(if: false) } }';
    expect((await refusals(query, { maxAliases: 1, maxDirectives: 1 })).map((refusal) => refusal.code)).toEqual([
      'QUERY_ALIAS_LIMIT',
      'QUERY_DIRECTIVE_LIMIT',
    ]);
  });

  it('stops parsing a document at the token limit', () => {
    const { parseOptions } = queryLimitOptions({ ...generous, maxTokens: 100 });
    const document = (fields: number) => `{ councils { ${'totalCount '.repeat(fields)}} }`;
    expect(() => parse(document(95), parseOptions)).not.toThrow();
    expect(() => parse(document(96), parseOptions)).toThrow(/more that 100 tokens/);
  });

  it('lets a subgraph accept at least what the gateway accepts', () => {
    const gateway = { maxDepth: 10, maxAliases: 15, maxDirectives: 50, maxTokens: 1_000, maxCost: 50_000 };
    const subgraph = subgraphQueryLimits(gateway);
    for (const limit of Object.keys(gateway) as (keyof QueryLimits)[]) expect(subgraph[limit]).toBeGreaterThan(gateway[limit]);
  });
});
