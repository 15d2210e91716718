import { isInPost } from './in-post';

describe('in post', () => {
  const today = '2026-11-23';

  it('counts someone who has started and not left', () => {
    expect(isInPost({ startedOn: '2020-09-01', leftOn: null }, today)).toBe(true);
  });

  it('counts a leaver on their last day, not the day after', () => {
    expect(isInPost({ startedOn: '2020-09-01', leftOn: today }, today)).toBe(true);
    expect(isInPost({ startedOn: '2020-09-01', leftOn: '2026-11-22' }, today)).toBe(false);
  });

  it('does not count someone who starts in the future', () => {
    expect(isInPost({ startedOn: '2026-11-24', leftOn: null }, today)).toBe(false);
  });
});
