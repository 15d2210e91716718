import { addDays, isIsoDate, isWeekday } from './iso-date';

describe('ISO dates', () => {
  it.each(['2024-02-29', '2025-12-31', '2000-02-29'])('accepts the real date %s', (date) => {
    expect(isIsoDate(date)).toBe(true);
  });

  it.each(['2023-02-29', '1900-02-29', '2025-13-01', '2025-04-31', '2025-4-1', '25-04-01', '2025-04-01T00:00:00Z', 20250401])(
    'refuses %p',
    (date) => {
      expect(isIsoDate(date)).toBe(false);
    },
  );
});

describe('date arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('knows Monday to Friday from the weekend', () => {
    expect(isWeekday('2026-11-20')).toBe(true);
    expect(isWeekday('2026-11-21')).toBe(false);
    expect(isWeekday('2026-11-22')).toBe(false);
  });
});
