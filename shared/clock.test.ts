import { academicYearOf } from './academic-year';
import { clockFor, dateInEngland, fixedClock, forwardedReading, parseClockSetting, systemClock } from './clock';

describe('the clock', () => {
  it('gives the date in England, so a late evening in summer time is already the next day', () => {
    expect(dateInEngland(new Date('2026-07-31T23:30:00Z'))).toBe('2026-08-01');
    expect(dateInEngland(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    expect(academicYearOf(systemClock(() => new Date('2026-07-31T23:15:00Z')).today())).toBe('2026/27');
  });

  it('follows the clock changes: 00:30 UTC is 00:30 before the spring change, 01:30 after the autumn one', () => {
    expect(dateInEngland(new Date('2026-03-29T00:30:00Z'))).toBe('2026-03-29');
    expect(dateInEngland(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-28');
    expect(dateInEngland(new Date('2026-10-24T23:30:00Z'))).toBe('2026-10-25');
    expect(dateInEngland(new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-25');
  });

  it('reads the machine’s time on every call when nothing stops it', () => {
    let machine = new Date('2026-11-30T23:59:59Z');
    const clock = systemClock(() => machine);
    expect(clock.today()).toBe('2026-11-30');
    machine = new Date('2026-12-01T00:00:00Z');
    expect(clock.today()).toBe('2026-12-01');
    expect(clock.fixed).toBe(false);
  });

  it('stays where HUB_TODAY stops it, and hands out copies of its instant', () => {
    const clock = fixedClock(new Date('2028-02-29T12:00:00Z'));
    expect(clock.today()).toBe('2028-02-29');
    clock.now().setFullYear(2000);
    expect(clock.now()).toEqual(new Date('2028-02-29T12:00:00Z'));
    expect(clockFor(null).fixed).toBe(false);
  });

  it.each([
    ['2026-11-30', '2026-11-30T12:00:00.000Z'],
    ['2026-07-31', '2026-07-31T11:00:00.000Z'],
    ['2026-03-29', '2026-03-29T11:00:00.000Z'],
    ['2026-10-25', '2026-10-25T12:00:00.000Z'],
    ['2026-07-31T23:30:00Z', '2026-07-31T23:30:00.000Z'],
    ['2026-08-01T00:30+01:00', '2026-07-31T23:30:00.000Z'],
  ])('reads HUB_TODAY=%s as %s', (setting, instant) => {
    expect(parseClockSetting(setting)?.toISOString()).toBe(instant);
  });

  it.each([
    '',
    'today',
    '2026-02-29',
    '2026-02-30T10:00:00Z',
    '2026-11-30T24:00:00Z',
    '2026-11-30T12:60Z',
    '2026-11-30T12:00',
    '2026-11-30 12:00:00Z',
  ])('names no instant for HUB_TODAY=%j', (setting) => {
    expect(parseClockSetting(setting)).toBeNull();
  });

  it('believes a forwarded reading only when it is a real instant', () => {
    expect(forwardedReading('2026-07-31T23:30:00.000Z')).toEqual({ now: new Date('2026-07-31T23:30:00Z'), today: '2026-08-01' });
    for (const header of [undefined, ['2026-07-31T23:30:00Z'], '2026-07-31', '2026-02-30T10:00:00Z', 'yesterday']) {
      expect(forwardedReading(header)).toBeNull();
    }
  });
});
