import { UserErrors } from '#hub/shared/errors';
import { checkRegisteredCouncil } from './practitioner-register';

const COUNCIL_A = '0f8fad5b-d9cb-469f-a165-70867728950e';
const COUNCIL_B = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const PRACTITIONER = '16fd2706-8baf-433b-82eb-8c7fada847da';
const place = { practitionerId: PRACTITIONER, councilId: COUNCIL_A };

const judged = (registered: string | null, universityVouches: boolean) => {
  const errors = new UserErrors();
  checkRegisteredCouncil(place, registered, universityVouches, 'practitioners', errors);
  return errors.list.map((error) => [error.code, error.message]);
};

describe('a practitioner named with their council', () => {
  it('is recorded when the register the caller sees has them at that council', () => {
    expect(judged(COUNCIL_A, false)).toEqual([]);
    expect(judged(COUNCIL_A, true)).toEqual([]);
  });

  it('is refused, naming the register’s council, when the caller sees them at another', () => {
    expect(judged(COUNCIL_B, true)).toEqual([
      ['PRACTITIONER_COUNCIL_MISMATCH', `Practitioner ${PRACTITIONER} is on the register of council ${COUNCIL_B}, not ${COUNCIL_A}.`],
    ]);
  });

  it('is taken on the session’s university’s word when the register shows the caller nothing', () => {
    expect(judged(null, true)).toEqual([]);
  });

  it('is refused to anyone else as an unknown practitioner is, naming only the id given', () => {
    expect(judged(null, false)).toEqual([
      ['PRACTITIONER_NOT_FOUND', `No practitioner ${PRACTITIONER} is on the register of a council whose records you may see.`],
    ]);
  });
});
