import { UserErrors } from './errors';
import { checkFreeText } from './input-checks';

const codesFor = (text: string) => {
  const errors = new UserErrors();
  checkFreeText(errors, 'learningSummary', text, 1000);
  return errors.list.map((error) => error.code);
};

describe('free text about learning', () => {
  it('accepts notes about practice, over several lines', () => {
    expect(codesFor('Joined the MASH strategy meeting.\nLearnt how thresholds are applied at the front door.')).toEqual([]);
  });

  it.each(['Visited the family at B15 2TT', 'NHS number 943 476 5919 was discussed', 'Case ref 9434765919'])(
    'refuses what looks like details of a person: %s',
    (text) => {
      expect(codesFor(text)).toEqual(['CASE_DETAILS_SUSPECTED']);
    },
  );

  it('still checks length and emptiness first', () => {
    expect(codesFor('   ')).toEqual(['REQUIRED']);
    expect(codesFor('x'.repeat(1001))).toEqual(['TOO_LONG']);
  });
});
