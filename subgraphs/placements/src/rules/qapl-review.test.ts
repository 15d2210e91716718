import { UserErrors } from '#hub/shared/errors';
import { PlacementStatus } from '../types/enums';
import { checkReviewable, checkScrutiny } from './qapl-review';

const found = (check: (errors: UserErrors) => void) => {
  const errors = new UserErrors();
  check(errors);
  return errors.list.map(({ code, message }) => ({ code, message }));
};

describe('a QAPL review', () => {
  it('reviews a placement completed or ended early, and no other', () => {
    expect(found((errors) => checkReviewable({ status: PlacementStatus.COMPLETED }, errors))).toEqual([]);
    expect(found((errors) => checkReviewable({ status: PlacementStatus.ENDED_EARLY }, errors))).toEqual([]);
    expect(found((errors) => checkReviewable({ status: PlacementStatus.ACTIVE }, errors))).toEqual([
      { code: 'PLACEMENT_NOT_FINISHED', message: 'QAPL reviews a finished placement; this one is ACTIVE.' },
    ]);
  });

  it('is scrutinised once, on or after it was completed', () => {
    const review = { completedOn: '2026-04-10', scrutinisedOn: null };
    expect(found((errors) => checkScrutiny(review, '2026-04-10', errors))).toEqual([]);
    expect(found((errors) => checkScrutiny({ ...review, scrutinisedOn: '2026-04-20' }, '2026-04-09', errors))).toEqual([
      { code: 'DATE_ORDER', message: 'scrutinisedOn must be on or after the review was completed, 2026-04-10.' },
      { code: 'QAPL_REVIEW_SCRUTINISED', message: 'This review was scrutinised on 2026-04-20.' },
    ]);
  });
});
