import { reportPeriods, requestedPeriodProblems, YEAR_JUST_ENDED_DAYS } from './report-period';

describe('the periods of a leadership progress report', () => {
  it('default to the academic and registration years today falls in', () => {
    expect(reportPeriods({}, '2027-03-15')).toEqual({
      asOf: '2027-03-15',
      academicYear: { kind: 'ACADEMIC_YEAR', name: '2026/27', from: '2026-08-01', to: '2027-07-31' },
      registrationYear: { kind: 'REGISTRATION_YEAR', name: '2027', year: 2027, from: '2026-12-01', to: '2027-11-30' },
      registrationYearJustEnded: null,
    });
  });

  it('carry the registration year just ended for the first 60 days of a new one, by default only', () => {
    const ended = { kind: 'REGISTRATION_YEAR', name: '2026', year: 2026, from: '2025-12-01', to: '2026-11-30' };
    expect(reportPeriods({}, '2026-11-30').registrationYearJustEnded).toBeNull();
    expect(reportPeriods({}, '2026-12-01').registrationYearJustEnded).toEqual(ended);
    expect(reportPeriods({}, '2026-12-02').registrationYearJustEnded).toEqual(ended);
    expect(YEAR_JUST_ENDED_DAYS).toBe(60);
    expect(reportPeriods({}, '2027-01-29').registrationYearJustEnded).toEqual(ended);
    expect(reportPeriods({}, '2027-01-30').registrationYearJustEnded).toBeNull();
    expect(reportPeriods({ registrationYear: 2025 }, '2026-12-02').registrationYearJustEnded).toBeNull();
  });

  it('take a year asked for, and name it', () => {
    const periods = reportPeriods({ registrationYear: 2025, academicYear: '2024/25' }, '2026-12-02');
    expect(periods.registrationYear).toEqual({ kind: 'REGISTRATION_YEAR', name: '2025', year: 2025, from: '2024-12-01', to: '2025-11-30' });
    expect(periods.academicYear).toEqual({ kind: 'ACADEMIC_YEAR', name: '2024/25', from: '2024-08-01', to: '2025-07-31' });
  });

  it('refuse a year that has not begun, naming the argument and the year running now', () => {
    expect(requestedPeriodProblems({ registrationYear: 2027, academicYear: '2026/27' }, '2026-12-02')).toEqual([]);
    expect(requestedPeriodProblems({ registrationYear: 2028, academicYear: '2027/28' }, '2026-12-02')).toEqual([
      {
        argument: 'registrationYear',
        message: '"registrationYear" must be from 2000 to 2027, the year running now (named by the 30 November it ends on); got 2028.',
      },
      { argument: 'academicYear', message: '"academicYear" must not be after 2026/27, the year running now; got 2027/28.' },
    ]);
    expect(requestedPeriodProblems({ registrationYear: 1999 }, '2026-12-02')[0].argument).toBe('registrationYear');
  });

  it('start the academic year on 1 August and the registration year on 1 December, leap days included', () => {
    expect(reportPeriods({}, '2027-07-31').academicYear.name).toBe('2026/27');
    expect(reportPeriods({}, '2027-08-01').academicYear.name).toBe('2027/28');
    expect(reportPeriods({}, '2028-02-29')).toMatchObject({ academicYear: { name: '2027/28' }, registrationYear: { name: '2028' } });
  });
});
