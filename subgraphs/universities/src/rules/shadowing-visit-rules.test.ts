import { UserErrors } from '#hub/shared/errors';
import { checkLearningSummary, checkVisitHours, checkVisitIds, checkVisitOn } from './shadowing-visit-rules';

const hoursCodes = (hours: number) => {
  const errors = new UserErrors();
  checkVisitHours(errors, 'hours', hours);
  return errors.list.map((error) => error.code);
};

describe('shadowing visit records', () => {
  it('take hours above 0 and up to 12, in tenths', () => {
    expect(hoursCodes(0.1)).toEqual([]);
    expect(hoursCodes(7.5)).toEqual([]);
    expect(hoursCodes(0.7)).toEqual([]);
    expect(hoursCodes(12)).toEqual([]);
    for (const hours of [0, -1, 12.1, 3.25, Number.NaN]) expect(hoursCodes(hours)).toEqual(['OUT_OF_RANGE']);
  });

  it('keep learning summaries to 1,000 characters and free of case details', () => {
    const errors = new UserErrors();
    checkLearningSummary(errors, 'x'.repeat(1001));
    checkLearningSummary(errors, 'Met the family at WV1 1RL to see the assessment in practice.');
    expect(errors.list.map((error) => error.code)).toEqual(['TOO_LONG', 'CASE_DETAILS_SUSPECTED']);
  });

  it('are asked for today or later, not for a day that has passed', () => {
    const errors = new UserErrors();
    checkVisitOn(errors, '2026-03-10', '2026-03-10');
    checkVisitOn(errors, '2026-03-11', '2026-03-10');
    expect(errors.list).toEqual([]);
    checkVisitOn(errors, '2026-03-09', '2026-03-10');
    expect(errors.list.map((error) => [error.code, error.message])).toEqual([
      ['DATE_IN_PAST', 'visitOn must be today (2026-03-10) or later; got 2026-03-09.'],
    ]);
  });

  it('name the host by UUIDs, and may leave the team and practitioner out', () => {
    const errors = new UserErrors();
    const fields = ['councilId', 'hostTeamId', 'hostPractitionerId'] as const;
    checkVisitIds(errors, { councilId: '0f8fad5b-d9cb-469f-a165-70867728950e', hostTeamId: null }, fields);
    expect(errors.list).toEqual([]);
    checkVisitIds(errors, { councilId: 'wolverhampton', hostPractitionerId: '42' }, fields);
    expect(errors.list.map((error) => `${error.field.at(-1)}:${error.code}`)).toEqual([
      'councilId:INVALID_ID',
      'hostPractitionerId:INVALID_ID',
    ]);
  });
});
