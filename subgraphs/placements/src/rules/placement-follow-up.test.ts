import { MidpointOutcome, PlacementStatus } from '../types/enums';
import { PlacementConcern, placementConcerns } from './placement-follow-up';

const placement = {
  status: PlacementStatus.ACTIVE,
  midpointOutcome: null,
  midpointReviewedOn: null,
  endedOn: null,
  qapl: null,
};

describe('why a placement needs following up', () => {
  it('flags concerns at the midpoint while the placement runs, not once it has finished', () => {
    const concerns = { ...placement, midpointOutcome: MidpointOutcome.CONCERNS, midpointReviewedOn: '2026-11-02' };
    expect(placementConcerns(concerns)).toEqual([{ concern: PlacementConcern.CONCERNS_AT_MIDPOINT, since: '2026-11-02' }]);
    const finished = {
      ...concerns,
      status: PlacementStatus.COMPLETED,
      endedOn: '2027-01-29',
      qapl: { completedOn: '2027-02-10', scrutinisedOn: '2027-03-01' },
    };
    expect(placementConcerns(finished)).toEqual([]);
  });

  it('flags an early end, and its QAPL review outstanding, each once', () => {
    expect(placementConcerns({ ...placement, status: PlacementStatus.ENDED_EARLY, endedOn: '2026-10-09' })).toEqual([
      { concern: PlacementConcern.ENDED_EARLY, since: '2026-10-09' },
      { concern: PlacementConcern.QAPL_NOT_COMPLETED, since: '2026-10-09' },
    ]);
  });

  it('flags a QAPL review completed and not scrutinised from the day it was completed', () => {
    const completed = {
      ...placement,
      status: PlacementStatus.COMPLETED,
      endedOn: '2026-06-30',
      qapl: { completedOn: '2026-07-14', scrutinisedOn: null },
    };
    expect(placementConcerns(completed)).toEqual([{ concern: PlacementConcern.QAPL_NOT_SCRUTINISED, since: '2026-07-14' }]);
  });

  it('flags nothing for a placement running without concerns, or cancelled', () => {
    expect(placementConcerns(placement)).toEqual([]);
    expect(placementConcerns({ ...placement, status: PlacementStatus.CANCELLED, endedOn: '2026-09-01' })).toEqual([]);
  });
});
