import { isIsoDate } from './iso-date';

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
