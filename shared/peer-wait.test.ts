import { peerWaitFor, WRITE_RESERVE_SHARE } from './peer-wait';

describe('the time a peer query may wait', () => {
  it('is what is left of the gateway wait less the write reserve, so checks in a row share it', () => {
    const startedAt = performance.now();
    const wait = peerWaitFor(10_000, startedAt - 3_000);
    const remaining = wait.remainingMs();
    expect(remaining).toBeLessThanOrEqual(10_000 * (1 - WRITE_RESERVE_SHARE) - 3_000);
    expect(remaining).toBeGreaterThan(10_000 * (1 - WRITE_RESERVE_SHARE) - 3_000 - 1_000);
  });

  it('is most of the gateway wait for a request just begun, not a third of it', () => {
    expect(peerWaitFor(10_000).remainingMs()).toBeGreaterThan(7_000);
  });

  it('is still a moment once the budget is spent, never zero or less', () => {
    expect(peerWaitFor(10_000, performance.now() - 60_000).remainingMs()).toBe(100);
  });
});
