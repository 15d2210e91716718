import { operationKind } from './operation-kind';

describe('operationKind', () => {
  it.each([
    ['{ councils { totalCount } }', 'query'],
    ['query A { a: councils { totalCount } } query B { kssStandards { id } }', 'query'],
    ['mutation ($input: CpdRecordAddInput!) { cpdRecordAdd(input: $input) { cpdRecord { id } } }', 'mutation'],
    ['query A { councils { totalCount } } mutation B { x }', 'mutation'],
    ['fragment F on Council { id }', 'mutation'],
    ['{ not graphql', 'mutation'],
  ])('%s is a %s for retries', (document, kind) => {
    expect(operationKind(document)).toBe(kind);
  });
});
