import { UserErrors } from '#hub/shared/errors';
import { checkTeachingTargets } from './teaching-agreement';

describe('a partnership’s teaching promises', () => {
  it('refuse each figure out of range, naming it, and take a figure left out as no promise', () => {
    const errors = new UserErrors();
    checkTeachingTargets(errors, {
      masterclasses: -1,
      lectures: 1.5,
      coDeliveredShare: 1.2,
      practitionerTeachingHours: 10.005,
      seminars: null,
    });
    expect(errors.list.map((error) => error.field.join('.'))).toEqual([
      'input.lectures',
      'input.masterclasses',
      'input.coDeliveredShare',
      'input.practitionerTeachingHours',
    ]);
    const fine = new UserErrors();
    checkTeachingTargets(fine, { masterclasses: 4, coDeliveredShare: 0.75, practitionerTeachingHours: 40.5 });
    expect(fine.list).toEqual([]);
  });
});
