import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageInMemory, pageSize } from './pagination';

describe('pagination', () => {
  it('round-trips a cursor', () => {
    const cursor = { sortValue: 'O’Brien', id: '0b6f3a52-0000-4000-8000-000000000000' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each(['', null, undefined])('treats %p as the start of the list', (after) => {
    expect(decodeCursor(after)).toBeNull();
  });

  it.each([
    'garbage',
    Buffer.from('[1]').toString('base64url'),
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('[{}, "id"]').toString('base64url'),
    encodeCursor({ sortValue: 'Bir\u0000', id: '0b6f3a52-0000-4000-8000-000000000000' }),
  ])('refuses a cursor it never gave out: %s', (after) => {
    expect(() => decodeCursor(after)).toThrow(/not a cursor this list gave out/);
  });

  it('defaults the page size and enforces the maximum', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(MAX_PAGE_SIZE)).toBe(MAX_PAGE_SIZE);
    expect(() => pageSize(MAX_PAGE_SIZE + 1)).toThrow(/from 1 to 100/);
    expect(() => pageSize(0)).toThrow(/from 1 to 100/);
  });
});

describe('a page of a list worked out in memory', () => {
  const rows = [
    { id: '00000000-0000-4000-8000-000000000003', due: '2026-11-01' },
    { id: '00000000-0000-4000-8000-000000000001', due: '2026-12-01' },
    { id: '00000000-0000-4000-8000-000000000002', due: '2026-11-01' },
  ];
  const sortValueOf = (row: (typeof rows)[number]) => row.due;

  it('orders by sort value then id, and goes on after a cursor without repeating or skipping', () => {
    const first = pageInMemory(rows, sortValueOf, { first: 2, cursor: null });
    expect(first.nodes.map((row) => row.id.slice(-1))).toEqual(['2', '3']);
    expect(first.hasNextPage).toBe(true);
    const next = pageInMemory(rows, sortValueOf, { first: 2, cursor: { sortValue: '2026-11-01', id: rows[0].id } });
    expect(next.nodes.map((row) => row.id.slice(-1))).toEqual(['1']);
    expect(next.hasNextPage).toBe(false);
  });
});
