import { practitionerErasureRefusals } from './data-subject-erasure';

describe('erasing a practitioner’s council record', () => {
  const today = '2026-03-10';

  it('is refused while they have not left, or until their last day has passed', () => {
    expect(practitionerErasureRefusals({ leftOn: null }, today).map((error) => error.code)).toEqual(['PRACTITIONER_NOT_LEFT']);
    expect(practitionerErasureRefusals({ leftOn: today }, today).map((error) => error.code)).toEqual(['PRACTITIONER_NOT_LEFT']);
    expect(practitionerErasureRefusals({ leftOn: '2026-04-01' }, today)[0].field).toEqual(['input', 'practitionerId']);
  });

  it('is allowed from the day after they left', () => {
    expect(practitionerErasureRefusals({ leftOn: '2026-03-09' }, today)).toEqual([]);
  });
});
