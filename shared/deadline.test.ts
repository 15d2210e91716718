import { deadlineMarginMs, requestDeadline, subgraphTimeLeftMs, timeLeftMs } from './deadline';
import { classifyWriteFailure } from './mutation-deadline';
import { DeadlineExceeded } from './deadline';

describe('a request’s deadline', () => {
  it('gives a subgraph a tenth less than the gateway waits for it, at least 250 ms less, but never less than half', () => {
    expect(subgraphTimeLeftMs(10_000)).toBe(9_000);
    expect(subgraphTimeLeftMs(3_000)).toBe(2_700);
    expect(subgraphTimeLeftMs(1_500)).toBe(1_250);
    expect(deadlineMarginMs(400)).toBe(200);
    expect(subgraphTimeLeftMs(100)).toBe(50);
  });

  it('believes the time a signed request was given, never more than the gateway would give', () => {
    expect(requestDeadline('1200', true, 10_000, 1_000_000)).toBe(1_001_200);
    expect(requestDeadline('99999', true, 10_000, 1_000_000)).toBe(1_009_000);
  });

  it('gives an unsigned request, or one whose header does not parse, what the gateway would have given it', () => {
    expect(requestDeadline('10', false, 10_000, 1_000_000)).toBe(1_009_000);
    expect(requestDeadline(undefined, true, 10_000, 1_000_000)).toBe(1_009_000);
    expect(requestDeadline('-5', true, 10_000, 1_000_000)).toBe(1_009_000);
    expect(requestDeadline(['10', '20'], true, 10_000, 1_000_000)).toBe(1_009_000);
  });

  it('counts time left down to zero, never below', () => {
    expect(timeLeftMs(1_000, 400)).toBe(600);
    expect(timeLeftMs(1_000, 1_500)).toBe(0);
  });
});

describe('what became of a mutation that failed', () => {
  const serverError = (code: string) => ({ driverError: Object.assign(new Error('x'), { code, severity: 'ERROR' }) });
  const lostConnection = Object.assign(new Error('Connection terminated unexpectedly'), { code: 'EPIPE' });

  it('was stopped at its deadline, not written, when the hub stopped it or statement_timeout cancelled it after the deadline', () => {
    expect(classifyWriteFailure(new DeadlineExceeded(), false, true)).toBe('deadline');
    expect(classifyWriteFailure(serverError('57014'), false, true)).toBe('deadline');
    expect(classifyWriteFailure(serverError('57014'), true, true)).toBe('deadline');
  });

  it('is unknown when its COMMIT was sent and the answer lost, or the server failed or went away while committing', () => {
    expect(classifyWriteFailure(lostConnection, true, false)).toBe('outcome-unknown');
    expect(classifyWriteFailure(serverError('08006'), true, false)).toBe('outcome-unknown');
    expect(classifyWriteFailure(serverError('57P01'), true, false)).toBe('outcome-unknown');
    expect(classifyWriteFailure(serverError('XX000'), true, true)).toBe('outcome-unknown');
  });

  it('is an ordinary failure otherwise: a refused COMMIT rolled back, and a cancel before the deadline is not the deadline', () => {
    expect(classifyWriteFailure(serverError('23505'), true, false)).toBe('other');
    expect(classifyWriteFailure(serverError('40001'), true, false)).toBe('other');
    expect(classifyWriteFailure(serverError('57014'), false, false)).toBe('other');
    expect(classifyWriteFailure(lostConnection, false, false)).toBe('other');
  });
});
