import { StageProgress, stageLateness, stageProgress } from './pathway-progress';

describe('progress on a pathway stage', () => {
  it('is on track within the expected months and overdue after', () => {
    expect(stageProgress('2026-09-01', 3, [], '2026-12-01')).toBe(StageProgress.ON_TRACK);
    expect(stageProgress('2026-09-01', 3, [], '2026-12-02')).toBe(StageProgress.OVERDUE);
  });

  it('does not count time paused, and is paused while a pause is open', () => {
    const leave = [{ startedOn: '2026-10-01', endedOn: '2026-11-01' }];
    expect(stageProgress('2026-09-01', 3, leave, '2026-12-20')).toBe(StageProgress.ON_TRACK);
    expect(stageProgress('2026-09-01', 3, [{ startedOn: '2026-11-20', endedOn: null }], '2027-03-01')).toBe(StageProgress.PAUSED);
  });

  it('ignores pauses that ended before the stage began', () => {
    const earlier = [{ startedOn: '2026-01-05', endedOn: '2026-03-01' }];
    expect(stageProgress('2026-09-01', 3, earlier, '2026-12-02')).toBe(StageProgress.OVERDUE);
    const spanning = [{ startedOn: '2026-08-01', endedOn: '2026-09-11' }];
    expect(stageProgress('2026-09-01', 3, spanning, '2026-12-11')).toBe(StageProgress.ON_TRACK);
    expect(stageProgress('2026-09-01', 3, spanning, '2026-12-12')).toBe(StageProgress.OVERDUE);
  });
});

describe('how late a pathway stage is', () => {
  it('is due its expected months after it began, moved on by the days paused since, and overdue the day after', () => {
    const pauses = [{ startedOn: '2026-03-01', endedOn: '2026-03-11' }];
    expect(stageLateness('2026-01-15', 6, pauses, '2026-07-25')).toEqual({ expectedBy: '2026-07-25', daysOverdue: 0 });
    expect(stageLateness('2026-01-15', 6, pauses, '2026-07-28')).toEqual({ expectedBy: '2026-07-25', daysOverdue: 3 });
    expect(stageProgress('2026-01-15', 6, pauses, '2026-07-28')).toBe(StageProgress.OVERDUE);
  });
});
