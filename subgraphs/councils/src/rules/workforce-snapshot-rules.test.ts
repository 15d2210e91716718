import { UserErrors } from '#hub/shared/errors';
import { checkWorkforceSnapshotFields } from './workforce-snapshot-rules';

const TODAY = '2026-11-23';

function codes(errors: UserErrors): string[] {
  return errors.list.map((error) => `${error.field.join('.')}:${error.code}`);
}

describe('workforce return rules', () => {
  it('accepts a return as at 30 September with figures in range', () => {
    const errors = new UserErrors();
    checkWorkforceSnapshotFields(
      { censusDate: '2026-09-30', permanentFte: 20_000, agencyFte: 0, vacancyFte: 12.5, leaverFte: 3, averageCaseload: 200 },
      TODAY,
      errors,
    );
    expect(errors.any).toBe(false);
  });

  it('refuses a census date other than 30 September, and one in the future', () => {
    const errors = new UserErrors();
    checkWorkforceSnapshotFields({ censusDate: '2026-03-31' }, TODAY, errors);
    checkWorkforceSnapshotFields({ censusDate: '2027-09-30' }, TODAY, errors);
    expect(codes(errors)).toEqual(['input.censusDate:CENSUS_DATE_INVALID', 'input.censusDate:DATE_IN_FUTURE']);
  });

  it('refuses negative figures, and ones too large to be a council’s', () => {
    const errors = new UserErrors();
    checkWorkforceSnapshotFields({ permanentFte: -1, agencyFte: 20_000.5, averageCaseload: 201 }, TODAY, errors);
    expect(codes(errors)).toEqual([
      'input.permanentFte:OUT_OF_RANGE',
      'input.agencyFte:OUT_OF_RANGE',
      'input.averageCaseload:OUT_OF_RANGE',
    ]);
  });

  it('checks only the fields given, as an update leaves the rest as they are', () => {
    const errors = new UserErrors();
    checkWorkforceSnapshotFields({ averageCaseload: null }, TODAY, errors);
    expect(errors.any).toBe(false);
  });
});
