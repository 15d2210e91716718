import { PlacementStatus } from '../types/enums';
import { practiceEducatorErasureRefusals, studentErasureRefusals } from './data-subject-erasure';

describe('erasing placement records', () => {
  const today = '2026-03-10';
  const placement = (id: string, status: PlacementStatus) => ({ id, status });

  it('is refused while a placement the educator supervises is planned or running, or an offer not yet ended names them', () => {
    const refusals = practiceEducatorErasureRefusals(
      [placement('done', PlacementStatus.COMPLETED), placement('running', PlacementStatus.ACTIVE)],
      [
        { id: 'old-offer', endsOn: '2026-03-09' },
        { id: 'this-offer', endsOn: today },
      ],
      today,
    );
    expect(refusals.map((error) => error.code)).toEqual(['PRACTICE_EDUCATOR_HAS_OPEN_PLACEMENTS', 'PRACTICE_EDUCATOR_ON_CURRENT_OFFERS']);
    expect(refusals[0].message).toContain('running');
    expect(refusals[1].message).toContain('this-offer');
    expect(refusals[1].message).not.toContain('old-offer');
  });

  it('is allowed once every placement and offer naming the educator has finished', () => {
    const finished = [PlacementStatus.COMPLETED, PlacementStatus.ENDED_EARLY, PlacementStatus.CANCELLED].map((status) =>
      placement(status, status),
    );
    expect(practiceEducatorErasureRefusals(finished, [{ id: 'old-offer', endsOn: '2026-01-31' }], today)).toEqual([]);
  });

  it('is refused for a student with a placement proposed, confirmed or running', () => {
    for (const status of [PlacementStatus.PROPOSED, PlacementStatus.CONFIRMED, PlacementStatus.ACTIVE]) {
      expect(studentErasureRefusals([placement('open', status)]).map((error) => error.code)).toEqual(['PLACEMENT_OPEN']);
    }
    expect(studentErasureRefusals([placement('done', PlacementStatus.COMPLETED), placement('off', PlacementStatus.CANCELLED)])).toEqual([]);
  });
});
