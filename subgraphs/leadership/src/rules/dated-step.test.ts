import { datedStepErrors } from './dated-step';

describe('a step taken on a date', () => {
  it('may be taken today or on an earlier day', () => {
    expect(datedStepErrors('2026-12-02', '2026-12-02').list).toEqual([]);
    expect(datedStepErrors('2026-11-30', '2026-12-02').list).toEqual([]);
  });

  it('is refused on a day after today, naming the field and both days', () => {
    expect(datedStepErrors('2026-12-03', '2026-12-02').list).toEqual([
      { field: ['input', 'on'], code: 'DATE_IN_FUTURE', message: 'on must not be after today (2026-12-02); got 2026-12-03.' },
    ]);
  });
});
