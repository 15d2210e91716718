import { UserErrors } from '#hub/shared/errors';
import { checkCpdHours, checkCpdTeachingSession } from './cpd-record';

describe('the hours of a piece of CPD', () => {
  it('are kept to one decimal place, from 0.1 to 200', () => {
    const errors = new UserErrors();
    expect(checkCpdHours(errors, 7.46)).toBe(7.5);
    expect(checkCpdHours(errors, 0.05)).toBe(0.1);
    expect(checkCpdHours(errors, 200)).toBe(200);
    expect(errors.list).toEqual([]);
  });

  it('are refused when what would be stored is 0 or over 200, quoting what was given', () => {
    const errors = new UserErrors();
    checkCpdHours(errors, 0.04);
    checkCpdHours(errors, 200.06);
    expect(errors.list.map((error) => error.message)).toEqual([
      'hours must be from 0.1 to 200, to one decimal place; got 0.04.',
      'hours must be from 0.1 to 200, to one decimal place; got 200.06.',
    ]);
  });
});

describe('the teaching session a piece of CPD came from', () => {
  const session = { heldOn: '2026-11-03', cancelled: false, universityPartnershipIds: ['partnership-1'] };
  const codes = (facts: Parameters<typeof checkCpdTeachingSession>[2], councilPartnerships: string[], completedOn = '2026-11-10') => {
    const errors = new UserErrors();
    checkCpdTeachingSession(errors, 'session-1', facts, councilPartnerships, completedOn);
    return errors.list.map((error) => error.code);
  };

  it('is one held by a university in a partnership with the council, on or before the CPD’s day', () => {
    expect(codes(session, ['partnership-2', 'partnership-1'])).toEqual([]);
    expect(codes(session, ['partnership-1'], '2026-11-03')).toEqual([]);
  });

  it('is not found alike when on no register and when of a university the council does not work with', () => {
    expect(codes(null, ['partnership-1'])).toEqual(['NOT_FOUND']);
    expect(codes(session, ['partnership-2'])).toEqual(['NOT_FOUND']);
    expect(codes(session, [])).toEqual(['NOT_FOUND']);
  });

  it('is refused when cancelled, or later than the CPD’s day', () => {
    expect(codes({ ...session, cancelled: true }, ['partnership-1'])).toEqual(['TEACHING_SESSION_CANCELLED']);
    expect(codes(session, ['partnership-1'], '2026-11-02')).toEqual(['DATE_ORDER']);
  });
});
