import { processInBatches, representationBatches } from './entity-batches';

const representation = (index: number) => ({ __typename: 'Practitioner', id: `id-${String(index).padStart(4, '0')}` });

describe('entity fetches in batches', () => {
  it('cuts representations into batches that each fit, never splitting one, in order', () => {
    const all = Array.from({ length: 10 }, (_, index) => representation(index));
    const size = Buffer.byteLength(JSON.stringify(all[0])) + 1;
    const batches = representationBatches(all, size * 3);
    expect(batches.map((batch) => batch.length)).toEqual([3, 3, 3, 1]);
    expect(batches.flat()).toEqual(all);
    expect(representationBatches([all[0]], 1)).toEqual([[all[0]]]);
  });

  it('sends a large fetch batch by batch and joins the answers, errors pointing at their entity in the whole list', async () => {
    const all = Array.from({ length: 5 }, (_, index) => representation(index));
    const sent: number[] = [];
    const options = { request: { query: '…', variables: { representations: all } } } as never;
    const answer = await processInBatches(options, (Buffer.byteLength(JSON.stringify(all[0])) + 1) * 2, async (batch) => {
      const representations = (batch as unknown as { request: { variables: { representations: { id: string }[] } } }).request.variables
        .representations;
      sent.push(representations.length);
      return {
        data: { _entities: representations.map(({ id }) => (id === 'id-0003' ? null : { id })) },
        errors: representations.some(({ id }) => id === 'id-0003') ? [{ message: 'Hidden', path: ['_entities', 1, 'id'] }] : undefined,
      };
    });
    expect(sent).toEqual([2, 2, 1]);
    expect(answer.data?._entities).toEqual([{ id: 'id-0000' }, { id: 'id-0001' }, { id: 'id-0002' }, null, { id: 'id-0004' }]);
    expect(answer.errors).toEqual([{ message: 'Hidden', path: ['_entities', 3, 'id'] }]);
  });

  it('leaves a request without representations alone', async () => {
    const options = { request: { query: '{ councils { totalCount } }', variables: {} } } as never;
    const send = jest.fn(async () => ({ data: {} }));
    await processInBatches(options, 10, send);
    expect(send).toHaveBeenCalledWith(options);
  });
});
