import { UserErrors } from '#hub/shared/errors';
import { checkMinLearningDays, cpdCompliance, registrationYearBounds, registrationYearOf } from './cpd-compliance';

describe('CPD compliance', () => {
  it('counts registration years from 1 December to 30 November', () => {
    expect(registrationYearOf('2026-11-30')).toBe(2026);
    expect(registrationYearOf('2026-12-01')).toBe(2027);
    expect(registrationYearBounds(2027)).toEqual({ from: '2026-12-01', to: '2027-11-30' });
  });

  it('needs two records in the year, one with a peer reflection', () => {
    const records = [
      { completedOn: '2026-11-30', hours: 3, peerReflection: true },
      { completedOn: '2026-12-01', hours: 7.5, peerReflection: false },
      { completedOn: '2027-05-12', hours: 15, peerReflection: false },
    ];
    expect(cpdCompliance(records, 2026, 0)).toMatchObject({
      records: 1,
      withPeerReflection: 1,
      compliant: false,
      gaps: ['1 of 2 CPD records'],
    });
    expect(cpdCompliance(records, 2027, 0)).toMatchObject({
      records: 2,
      withPeerReflection: 0,
      compliant: false,
      gaps: ['no record with a peer reflection'],
    });
  });

  it('checks the partnership’s minimum learning days when it sets one', () => {
    const records = [
      { completedOn: '2027-01-10', hours: 15, peerReflection: true },
      { completedOn: '2027-02-10', hours: 7.5, peerReflection: false },
    ];
    expect(cpdCompliance(records, 2027, 0)).toMatchObject({ learningDays: 3, compliant: true, gaps: [] });
    expect(cpdCompliance(records, 2027, 5)).toMatchObject({ compliant: false, gaps: ['3 of 5 learning days'] });
  });

  it('lets a partnership expect from 0 to 30 learning days a year', () => {
    const errors = new UserErrors();
    checkMinLearningDays(errors, 0);
    checkMinLearningDays(errors, 30);
    expect(errors.list).toEqual([]);
    checkMinLearningDays(errors, 31);
    checkMinLearningDays(errors, -1);
    expect(errors.list.map((error) => error.message)).toEqual([
      'minLearningDays must be from 0 to 30; got 31.',
      'minLearningDays must be from 0 to 30; got -1.',
    ]);
  });
});
