import { addMonths, daysBetween, dueAfterPauses, pausedDaysUntil } from './calendar';

describe('review date arithmetic', () => {
  it('adds months as a calendar does, taking the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-09-15', 12)).toBe('2027-09-15');
  });

  it('counts days across a leap day', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
  });

  it('moves a due date on by a pause that began before it', () => {
    const pauses = [{ startedOn: '2026-11-02', endedOn: '2026-12-14' }];
    expect(dueAfterPauses('2026-09-01', 3, pauses, '2027-06-01')).toBe('2027-01-12');
    expect(dueAfterPauses('2026-09-01', 1, pauses, '2027-06-01')).toBe('2026-10-01');
  });

  it('picks up a later pause that the first one pushed the date past', () => {
    const pauses = [
      { startedOn: '2026-11-02', endedOn: '2026-11-30' },
      { startedOn: '2026-12-10', endedOn: '2026-12-20' },
    ];
    expect(dueAfterPauses('2026-09-01', 3, pauses, '2027-06-01')).toBe('2027-01-08');
  });

  it('keeps moving a date while a pause is open', () => {
    const open = [{ startedOn: '2026-11-02', endedOn: null }];
    expect(dueAfterPauses('2026-09-01', 3, open, '2026-11-12')).toBe('2026-12-11');
    expect(dueAfterPauses('2026-09-01', 3, open, '2026-11-22')).toBe('2026-12-21');
  });

  it('counts paused days up to a date, including part of a pause that runs past it', () => {
    const pauses = [
      { startedOn: '2027-01-04', endedOn: '2027-01-14' },
      { startedOn: '2027-03-01', endedOn: null },
    ];
    expect(pausedDaysUntil(pauses, '2027-02-01', '2027-04-01')).toBe(10);
    expect(pausedDaysUntil(pauses, '2027-03-11', '2027-04-01')).toBe(20);
  });
});
