import { UserErrors } from '#hub/shared/errors';
import { PcfLevel } from '../types/enums';
import { checkPractitionerDates, checkPractitionerFields, checkPractitionerTeam } from './practitioner-rules';

const TODAY = '2026-11-23';

function codes(errors: UserErrors): string[] {
  return errors.list.map((error) => `${error.field.join('.')}:${error.code}`);
}

describe('practitioner rules', () => {
  it('cleans a valid record: trims names and upper-cases the SWE number', () => {
    const errors = new UserErrors();
    const cleaned = checkPractitionerFields(
      { sweNumber: ' sw104233 ', givenName: ' Ada ', familyName: 'Khan', pcfLevel: PcfLevel.ASYE },
      TODAY,
      errors,
    );
    expect(errors.any).toBe(false);
    expect(cleaned).toMatchObject({ sweNumber: 'SW104233', givenName: 'Ada' });
  });

  it.each([PcfLevel.ENTRY, PcfLevel.READINESS_FOR_DIRECT_PRACTICE, PcfLevel.END_OF_FIRST_PLACEMENT, PcfLevel.END_OF_LAST_PLACEMENT])(
    'refuses the student PCF level %s for a registered social worker',
    (pcfLevel) => {
      const errors = new UserErrors();
      checkPractitionerFields({ pcfLevel }, TODAY, errors);
      expect(codes(errors)).toEqual(['input.pcfLevel:PCF_LEVEL_NOT_QUALIFIED']);
    },
  );

  it('refuses names that are empty, too long or carry control characters', () => {
    const errors = new UserErrors();
    checkPractitionerFields({ givenName: '  ', familyName: 'x'.repeat(81) }, TODAY, errors);
    checkPractitionerFields({ familyName: 'Line\u0000break' }, TODAY, errors);
    expect(codes(errors)).toEqual(['input.givenName:REQUIRED', 'input.familyName:TOO_LONG', 'input.familyName:INVALID_CHARACTERS']);
  });

  it('refuses a qualification date in the future', () => {
    const errors = new UserErrors();
    checkPractitionerFields({ qualifiedOn: '2026-11-24' }, TODAY, errors);
    expect(codes(errors)).toEqual(['input.qualifiedOn:DATE_IN_FUTURE']);
  });

  it('needs qualification before starting, and leaving on or after starting', () => {
    const errors = new UserErrors();
    checkPractitionerDates({ qualifiedOn: '2024-07-01', startedOn: '2024-06-30', leftOn: '2024-06-29' }, errors);
    expect(codes(errors)).toEqual(['input.leftOn:DATE_ORDER', 'input.qualifiedOn:DATE_ORDER']);
    const sameDay = new UserErrors();
    checkPractitionerDates({ qualifiedOn: '2024-07-01', startedOn: '2024-07-01', leftOn: '2024-07-01' }, sameDay);
    expect(sameDay.any).toBe(false);
  });

  it('needs the practitioner’s team to exist and belong to their council', () => {
    const errors = new UserErrors();
    checkPractitionerTeam('team-1', null, 'council-1', errors);
    checkPractitionerTeam('team-2', { councilId: 'council-2' }, 'council-1', errors);
    expect(codes(errors)).toEqual(['input.teamId:NOT_FOUND', 'input.teamId:TEAM_IN_OTHER_COUNCIL']);
    expect(errors.list[0].message).toBe('No team has id team-1.');
    const ownTeam = new UserErrors();
    checkPractitionerTeam('team-1', { councilId: 'council-1' }, 'council-1', ownTeam);
    expect(ownTeam.any).toBe(false);
  });
});
