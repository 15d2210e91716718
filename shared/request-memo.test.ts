import { oncePerRequest } from './request-memo';

describe('work done once per request', () => {
  it('computes a key once for a request and again for the next request', async () => {
    const compute = jest.fn(async () => ({ figures: 1 }));
    const request = {};
    const first = await oncePerRequest(request, 'roll-up:2026/27', compute);
    expect(await oncePerRequest(request, 'roll-up:2026/27', compute)).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
    await oncePerRequest(request, 'roll-up:2025/26', compute);
    await oncePerRequest({}, 'roll-up:2026/27', compute);
    expect(compute).toHaveBeenCalledTimes(3);
  });
});
