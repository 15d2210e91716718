/** What makes council details valid. */
import { UserErrors } from '#hub/shared/errors';
import { checkNotFuture, checkText } from '#hub/shared/input-checks';
import type { IsoDate } from '#hub/shared/iso-date';
import type { OfstedRating } from '../types/enums';
import { GSS_CODE_EXPECTED, isGssCode } from './identifiers';

export interface CouncilFields {
  gssCode?: string;
  name?: string;
  ofstedRating?: OfstedRating | null;
  ofstedRatedOn?: IsoDate | null;
}

/** Checks the fields present; returns them cleaned (trimmed, GSS code upper-cased). */
export function checkCouncilFields(fields: CouncilFields, today: IsoDate, errors: UserErrors): CouncilFields {
  const cleaned: CouncilFields = { ...fields };
  if (fields.gssCode !== undefined) {
    cleaned.gssCode = fields.gssCode.trim().toUpperCase();
    if (!isGssCode(cleaned.gssCode)) {
      errors.add('gssCode', 'GSS_CODE_INVALID', `gssCode must be ${GSS_CODE_EXPECTED}; got "${fields.gssCode}".`);
    }
  }
  if (fields.name !== undefined) cleaned.name = checkText(errors, 'name', fields.name, 120);
  checkNotFuture(errors, 'ofstedRatedOn', fields.ofstedRatedOn, today);
  return cleaned;
}

/** A rating and its date go together: one without the other cannot be read. */
export function checkOfstedPair(rating: OfstedRating | null | undefined, ratedOn: IsoDate | null | undefined, errors: UserErrors): void {
  if (Boolean(rating) !== Boolean(ratedOn)) {
    errors.add(
      rating ? 'ofstedRatedOn' : 'ofstedRating',
      'OFSTED_RATING_INCOMPLETE',
      'ofstedRating and ofstedRatedOn must be given together.',
    );
  }
}
