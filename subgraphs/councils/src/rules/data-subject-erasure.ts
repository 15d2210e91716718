/**
 * When a practitioner's council record may be erased: only once they have left. While they work
 * for the council (or are due to start) the record is needed and counts in its headcounts.
 */
import { UserErrors, type UserError } from '#hub/shared/errors';
import type { IsoDate } from '#hub/shared/iso-date';

export function practitionerErasureRefusals(practitioner: { leftOn: IsoDate | null }, today: IsoDate): UserError[] {
  const errors = new UserErrors();
  if (practitioner.leftOn === null || practitioner.leftOn >= today) {
    errors.add(
      'practitionerId',
      'PRACTITIONER_NOT_LEFT',
      practitioner.leftOn === null
        ? 'The practitioner has not left the council: record their last day (leftOn) with practitionerUpdate first.'
        : `The practitioner is in post until ${practitioner.leftOn}; their record can be erased from the day after.`,
    );
  }
  return errors.list;
}
