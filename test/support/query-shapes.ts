/**
 * Queries built to a given size in one dimension, for tests of the query limits: each is valid
 * against the supergraph and reaches only the councils subgraph, so only its size can refuse it.
 */

/** councils(first: 1) > nodes > teams(first: 1) > nodes > council > teams(first: 1) > … > __typename: `depth` levels, one value at each. */
export function nestedQuery(depth: number): string {
  const fields = ['councils(first: 1)', 'nodes'];
  const cycle = ['teams(first: 1)', 'nodes', 'council'];
  while (fields.length < depth - 1) fields.push(cycle[(fields.length - 2) % cycle.length]);
  return `{ ${fields.join(' { ')} { __typename ${'} '.repeat(fields.length)}}`;
}

export const aliasedQuery = (aliases: number) =>
  `{ ${Array.from({ length: aliases }, (_, index) => `a${index}: councils { totalCount }`).join(' ')} }`;

export const directiveQuery = (directives: number) => `{ councils { ${'totalCount @include(if: true) '.repeat(directives)}} }`;

/** Exactly `tokens` tokens. The copies are spread over three lists: graphql-js itself refuses to compare hundreds in one place. */
export function tokenQuery(tokens: number): string {
  const copies = tokens - 11;
  const lists = ['councils', 'partnerships', 'practitioners'].map(
    (list, index) => `${list} { ${'totalCount '.repeat(Math.floor(copies / 3) + (index < copies % 3 ? 1 : 0))}}`,
  );
  return `{ ${lists.join(' ')} }`;
}

/** Cost 100 × (2 + 2 + 100 × (2 + 2 + fields)): up to 10,000 practitioners' fields. */
export const costlyQuery = (fields: string[]) =>
  `{ councils(first: 100) { nodes { practitioners(first: 100) { nodes { ${fields.join(' ')} } } } } }`;
