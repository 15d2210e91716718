import { UserErrors } from '#hub/shared/errors';
import {
  checkAttendingStudentList,
  checkFacilitatingLecturers,
  checkNotFacilitating,
  checkPractitionerList,
  MAX_FACILITATORS,
} from './people-lists';

const COUNCIL_A = '0f8fad5b-d9cb-469f-a165-70867728950e';
const COUNCIL_B = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const PRACTITIONER = '16fd2706-8baf-433b-82eb-8c7fada847da';
const OTHER_PRACTITIONER = '886313e1-3b8a-4372-9b90-0c9aee199e5d';

const lecturerIds = (count: number) => Array.from({ length: count }, (_, index) => `lecturer-${index}`);

describe('the people a session mutation names', () => {
  it('take up to 20 facilitating lecturers, each once, and refuse 21', () => {
    const errors = new UserErrors();
    expect(checkFacilitatingLecturers(['l1', 'l2', 'l1'], errors)).toEqual(['l1', 'l2']);
    expect(checkFacilitatingLecturers([...lecturerIds(MAX_FACILITATORS), 'lecturer-0'], errors)).toHaveLength(20);
    expect(errors.list).toEqual([]);
    expect(checkFacilitatingLecturers(lecturerIds(MAX_FACILITATORS + 1), errors)).toBeNull();
    expect(errors.list.map((error) => [error.field.at(-1), error.code, error.message])).toEqual([
      ['lecturerIds', 'TOO_MANY', 'A session has at most 20 lecturers facilitating; got 21.'],
    ]);
  });

  it('take as many attending students as a session has places at most, each once', () => {
    const errors = new UserErrors();
    expect(checkAttendingStudentList(['s1', 's1', 's2'], errors)).toEqual(['s1', 's2']);
    expect(
      checkAttendingStudentList(
        Array.from({ length: 500 }, (_, index) => `s${index}`),
        errors,
      ),
    ).toHaveLength(500);
    expect(errors.list).toEqual([]);
    expect(
      checkAttendingStudentList(
        Array.from({ length: 501 }, (_, index) => `s${index}`),
        errors,
      ),
    ).toBeNull();
    expect(errors.list.map((error) => [error.field.at(-1), error.code, error.message])).toEqual([
      ['studentIds', 'TOO_MANY', 'At most 500 students at once; got 501.'],
    ]);
  });

  it('count a practitioner named twice with the same council once', () => {
    const errors = new UserErrors();
    const places = checkPractitionerList(
      [
        { practitionerId: PRACTITIONER, councilId: COUNCIL_A },
        { practitionerId: OTHER_PRACTITIONER, councilId: COUNCIL_B },
        { practitionerId: PRACTITIONER, councilId: COUNCIL_A },
      ],
      'practitioners',
      MAX_FACILITATORS,
      errors,
    );
    expect(places).toEqual([
      { practitionerId: PRACTITIONER, councilId: COUNCIL_A },
      { practitionerId: OTHER_PRACTITIONER, councilId: COUNCIL_B },
    ]);
    expect(errors.list).toEqual([]);
  });

  it('refuse ids that are not UUIDs and a practitioner named with two councils, keeping the rest', () => {
    const errors = new UserErrors();
    const places = checkPractitionerList(
      [
        { practitionerId: PRACTITIONER, councilId: COUNCIL_A },
        { practitionerId: PRACTITIONER, councilId: COUNCIL_B },
        { practitionerId: 'p-1', councilId: COUNCIL_A },
      ],
      'practitioners',
      MAX_FACILITATORS,
      errors,
    );
    expect(places).toEqual([{ practitionerId: PRACTITIONER, councilId: COUNCIL_A }]);
    expect(errors.list.map((error) => error.code)).toEqual(['PRACTITIONER_IN_TWO_COUNCILS', 'INVALID_ID']);
  });

  it('refuse a list longer than the most given, checking none of it', () => {
    const errors = new UserErrors();
    const list = [
      { practitionerId: PRACTITIONER, councilId: COUNCIL_A },
      { practitionerId: 'p-1', councilId: COUNCIL_A },
    ];
    expect(checkPractitionerList(list, 'practitioners', 1, errors)).toEqual([]);
    expect(errors.list.map((error) => [error.field.at(-1), error.code, error.message])).toEqual([
      ['practitioners', 'TOO_MANY', 'At most 1 practitioners at once; got 2.'],
    ]);
    expect(checkPractitionerList(list.slice(0, 1), 'practitioners', 1, new UserErrors())).toHaveLength(1);
  });

  it('refuse a practitioner as an attendee of a session they facilitate', () => {
    const errors = new UserErrors();
    const facilitators = [{ practitionerId: null }, { practitionerId: PRACTITIONER }];
    checkNotFacilitating([{ practitionerId: OTHER_PRACTITIONER, councilId: COUNCIL_A }], facilitators, errors);
    expect(errors.list).toEqual([]);
    checkNotFacilitating([{ practitionerId: PRACTITIONER, councilId: COUNCIL_A }], facilitators, errors);
    expect(errors.list.map((error) => [error.code, error.message])).toEqual([
      ['PRACTITIONER_IS_FACILITATOR', `Practitioner ${PRACTITIONER} facilitates this session.`],
    ]);
  });
});
