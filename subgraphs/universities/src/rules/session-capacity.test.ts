import { checkCapacity } from './session-capacity';

describe('teaching session capacity', () => {
  it('takes newcomers up to the last place and no further', () => {
    expect(checkCapacity(30, 28, 2)).toEqual({ fits: true, placesLeft: 2 });
    expect(checkCapacity(30, 28, 3)).toEqual({ fits: false, placesLeft: 2 });
  });

  it('never reports a negative number of places left', () => {
    expect(checkCapacity(10, 12, 1)).toEqual({ fits: false, placesLeft: 0 });
  });
});
