import { FinalOutcome, PepsStage, PlacementLevel, PlacementSetting, PlacementStatus } from '../types/enums';
import {
  checkEducatorForLevel,
  checkNewPlacement,
  strictestStatutoryRequirement,
  summarisePracticeDays,
  type StudentPlacementFacts,
} from './student-placements';

const first = (overrides: Partial<StudentPlacementFacts> = {}): StudentPlacementFacts => ({
  level: PlacementLevel.FIRST,
  setting: PlacementSetting.VOLUNTARY_OR_PRIVATE,
  status: PlacementStatus.COMPLETED,
  startsOn: '2025-10-06',
  endsOn: '2026-01-30',
  daysCompleted: 70,
  finalOutcome: FinalOutcome.PASS,
  ...overrides,
});
const finalOffer = (setting: PlacementSetting, startsOn = '2026-09-07') => ({
  level: PlacementLevel.FINAL,
  setting,
  startsOn,
  endsOn: '2027-03-26',
});
const codes = (problems: { code: string }[]) => problems.map((problem) => problem.code);

describe('a new placement for a student', () => {
  it('is refused when it overlaps a live placement, repeats a level, or does not contrast', () => {
    const running = first({
      status: PlacementStatus.ACTIVE,
      setting: PlacementSetting.STATUTORY_CHILDREN,
      finalOutcome: null,
      endsOn: '2026-10-01',
    });
    expect(codes(checkNewPlacement(finalOffer(PlacementSetting.STATUTORY_CHILDREN), [running], 1))).toEqual([
      'PLACEMENT_OVERLAP',
      'SETTINGS_NOT_CONTRASTING',
    ]);
    expect(
      codes(checkNewPlacement({ ...finalOffer(PlacementSetting.STATUTORY_ADULTS), level: PlacementLevel.FIRST }, [first()], 1)),
    ).toContain('PLACEMENT_LEVEL_TAKEN');
  });

  it('needs the statutory placements the partnership requires: one by default, two where it promises two', () => {
    expect(
      codes(
        checkNewPlacement(finalOffer(PlacementSetting.VOLUNTARY_OR_PRIVATE), [first({ setting: PlacementSetting.OTHER_STATUTORY })], 1),
      ),
    ).toEqual([]);
    expect(codes(checkNewPlacement(finalOffer(PlacementSetting.VOLUNTARY_OR_PRIVATE), [first()], 1))).toEqual([
      'SETTINGS_NOT_CONTRASTING',
      'STATUTORY_REQUIREMENT_NOT_MET',
    ]);
    expect(codes(checkNewPlacement(finalOffer(PlacementSetting.STATUTORY_ADULTS), [first()], 1))).toEqual([]);
    expect(codes(checkNewPlacement(finalOffer(PlacementSetting.STATUTORY_ADULTS), [first()], 2))).toEqual([
      'STATUTORY_REQUIREMENT_NOT_MET',
    ]);
    const firstOffer = { ...finalOffer(PlacementSetting.VOLUNTARY_OR_PRIVATE), level: PlacementLevel.FIRST };
    expect(codes(checkNewPlacement(firstOffer, [], 2))).toEqual(['STATUTORY_REQUIREMENT_NOT_MET']);
    expect(codes(checkNewPlacement(firstOffer, [], 1))).toEqual([]);
  });

  it('does not hold a cancelled or failed placement against the student', () => {
    const cancelled = first({ status: PlacementStatus.CANCELLED, finalOutcome: null, setting: PlacementSetting.STATUTORY_ADULTS });
    const failed = first({ finalOutcome: FinalOutcome.FAIL, setting: PlacementSetting.STATUTORY_ADULTS });
    const again = { ...finalOffer(PlacementSetting.STATUTORY_ADULTS), level: PlacementLevel.FIRST };
    expect(codes(checkNewPlacement(again, [cancelled, failed], 1))).toEqual([]);
  });

  it('needs a stage 2 educator for a final placement', () => {
    expect(checkEducatorForLevel(PlacementLevel.FINAL, PepsStage.STAGE_1)?.code).toBe('PE_STAGE_TOO_LOW');
    expect(checkEducatorForLevel(PlacementLevel.FINAL, PepsStage.STAGE_2)).toBeNull();
    expect(checkEducatorForLevel(PlacementLevel.FIRST, PepsStage.STAGE_1)).toBeNull();
  });
});

describe('days toward the 200', () => {
  it('add skills days (at most 30) and the days done on placement, which may make up for fewer skills days', () => {
    const summary = summarisePracticeDays(
      30,
      [
        first({ daysCompleted: 72 }),
        first({
          level: PlacementLevel.FINAL,
          setting: PlacementSetting.STATUTORY_CHILDREN,
          status: PlacementStatus.ACTIVE,
          daysCompleted: 40,
          finalOutcome: null,
        }),
      ],
      1,
    );
    expect(summary).toMatchObject({
      skillsDays: 30,
      firstPlacementDays: 72,
      finalPlacementDays: 40,
      totalDays: 142,
      daysToGo: 58,
      breaches: [],
    });
    expect(summary.contrastingSettings).toBe(true);
  });

  it('count no days from a failed or referred placement, and treat a referral as not yet passed', () => {
    const referred = first({ finalOutcome: FinalOutcome.REFER, setting: PlacementSetting.STATUTORY_CHILDREN });
    expect(summarisePracticeDays(45, [referred], 1)).toMatchObject({
      skillsDays: 30,
      firstPlacementDays: 0,
      totalDays: 30,
      statutoryPlacements: 0,
    });
    const again = { ...finalOffer(PlacementSetting.STATUTORY_ADULTS), level: PlacementLevel.FIRST };
    expect(codes(checkNewPlacement(again, [referred], 1))).toEqual([]);
  });

  it('name every requirement the placements break', () => {
    const finalDone = first({
      level: PlacementLevel.FINAL,
      setting: PlacementSetting.STATUTORY_ADULTS,
      daysCompleted: 100,
      startsOn: '2026-09-07',
      endsOn: '2027-03-26',
    });
    const summary = summarisePracticeDays(20, [first(), finalDone], 2);
    expect(summary.breaches.map((breach) => breach.code)).toEqual(['STATUTORY_REQUIREMENT_NOT_MET', 'PRACTICE_DAYS_SHORT']);
    expect(summary).toMatchObject({ totalDays: 190, daysToGo: 10, statutoryPlacements: 1, statutoryPlacementsRequired: 2 });
    const endedEarly = summarisePracticeDays(
      30,
      [
        first({ setting: PlacementSetting.STATUTORY_CHILDREN }),
        { ...finalDone, status: PlacementStatus.ENDED_EARLY, daysCompleted: 30, finalOutcome: null },
      ],
      1,
    );
    expect(endedEarly).toMatchObject({ breaches: [], finalPlacementDays: 30, totalDays: 130 });
    const sameSetting = summarisePracticeDays(
      0,
      [first(), first({ level: PlacementLevel.FINAL, status: PlacementStatus.PROPOSED, finalOutcome: null })],
      1,
    );
    expect(sameSetting.breaches.map((breach) => breach.code)).toEqual(['STATUTORY_REQUIREMENT_NOT_MET', 'SETTINGS_NOT_CONTRASTING']);
  });
});

describe('the statutory placements a student needs', () => {
  it('are the strictest of their partnerships’ rules, and 1 before any partnership places them', () => {
    expect(strictestStatutoryRequirement([1, 2, 1])).toBe(2);
    expect(strictestStatutoryRequirement([1])).toBe(1);
    expect(strictestStatutoryRequirement([])).toBe(1);
  });
});
