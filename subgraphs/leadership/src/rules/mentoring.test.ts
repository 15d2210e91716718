import { UserErrors } from '#hub/shared/errors';
import { checkMentorLecturer, checkMentoringEnd, checkSessionMinutes, isWhileRunning } from './mentoring';

describe('a mentoring session', () => {
  it('lasts a whole number of minutes from 5 to 480', () => {
    const errors = new UserErrors();
    checkSessionMinutes(errors, 5);
    checkSessionMinutes(errors, 480);
    expect(errors.list).toEqual([]);
    checkSessionMinutes(errors, 4);
    checkSessionMinutes(errors, 481);
    expect(errors.list.map((error) => error.message)).toEqual([
      'minutes must be from 5 to 480; got 4.',
      'minutes must be from 5 to 480; got 481.',
    ]);
  });

  it('is held from the relationship’s first day to its last, or any day since while it runs', () => {
    const ended = { startedOn: '2026-09-01', endedOn: '2026-12-31' };
    expect(['2026-08-31', '2026-09-01', '2026-12-31', '2027-01-01'].map((day) => isWhileRunning(ended, day))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(isWhileRunning({ startedOn: '2026-09-01', endedOn: null }, '2030-01-01')).toBe(true);
  });
});

describe('ending a mentoring relationship', () => {
  it('may be done once, on or after its start, with no session logged after', () => {
    const errors = new UserErrors();
    checkMentoringEnd(errors, { startedOn: '2026-09-01', endedOn: null }, '2026-09-01', 0);
    expect(errors.list).toEqual([]);
  });

  it('names every reason it may not', () => {
    const errors = new UserErrors();
    checkMentoringEnd(errors, { startedOn: '2026-09-01', endedOn: '2026-10-01' }, '2026-08-31', 2);
    expect(errors.list.map((error) => [error.code, error.message])).toEqual([
      ['MENTORING_ENDED', 'This mentoring ended on 2026-10-01.'],
      ['DATE_ORDER', 'It began on 2026-09-01.'],
      ['SESSIONS_AFTER_END', '2 session(s) are logged after 2026-08-31.'],
    ]);
  });
});

describe('a lecturer mentor', () => {
  const codes = (universityPartnerships: string[] | null, councilPartnerships: string[]) => {
    const errors = new UserErrors();
    checkMentorLecturer(errors, 'lecturer-1', universityPartnerships, councilPartnerships);
    return errors.list.map((error) => `${error.field.join('.')}: ${error.code}`);
  };

  it('is of a university in a partnership with the mentee’s council', () => {
    expect(codes(['partnership-1', 'partnership-2'], ['partnership-2'])).toEqual([]);
  });

  it('is not found alike when on no register and when of a university the council does not work with', () => {
    expect(codes(null, ['partnership-1'])).toEqual(['input.mentorLecturerId: LECTURER_NOT_FOUND']);
    expect(codes(['partnership-1'], ['partnership-2'])).toEqual(['input.mentorLecturerId: LECTURER_NOT_FOUND']);
    expect(codes([], [])).toEqual(['input.mentorLecturerId: LECTURER_NOT_FOUND']);
  });
});
