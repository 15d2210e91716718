import { UserErrors } from '#hub/shared/errors';
import { OfstedRating } from '../types/enums';
import { checkCouncilFields, checkOfstedPair } from './council-rules';

describe('council rules', () => {
  it('upper-cases and trims a GSS code before checking it', () => {
    const errors = new UserErrors();
    expect(checkCouncilFields({ gssCode: ' e08000025 ' }, '2026-11-23', errors).gssCode).toBe('E08000025');
    expect(errors.any).toBe(false);
  });

  it('names the bad GSS code in the message', () => {
    const errors = new UserErrors();
    checkCouncilFields({ gssCode: 'E12000005' }, '2026-11-23', errors);
    expect(errors.list[0]).toMatchObject({ field: ['input', 'gssCode'], code: 'GSS_CODE_INVALID' });
    expect(errors.list[0].message).toContain('"E12000005"');
  });

  it('needs an Ofsted rating and its date together', () => {
    const errors = new UserErrors();
    checkOfstedPair(OfstedRating.GOOD, null, errors);
    checkOfstedPair(null, '2024-05-01', errors);
    checkOfstedPair(OfstedRating.GOOD, '2024-05-01', errors);
    checkOfstedPair(null, null, errors);
    expect(errors.list.map((error) => error.field.join('.'))).toEqual(['input.ofstedRatedOn', 'input.ofstedRating']);
  });
});
