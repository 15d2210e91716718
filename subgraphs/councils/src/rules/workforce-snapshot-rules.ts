/** What makes a workforce return valid. */
import { UserErrors } from '#hub/shared/errors';
import { checkNonNegative, checkNotFuture } from '#hub/shared/input-checks';
import type { IsoDate } from '#hub/shared/iso-date';
import { isCensusDate } from './workforce-rates';

/** No council employs this many social workers; a larger figure is a typing slip. */
const MAX_FTE = 20_000;
const MAX_CASELOAD = 200;

export interface WorkforceSnapshotFields {
  censusDate?: IsoDate;
  permanentFte?: number;
  agencyFte?: number;
  vacancyFte?: number;
  leaverFte?: number;
  averageCaseload?: number | null;
}

export function checkWorkforceSnapshotFields(fields: WorkforceSnapshotFields, today: IsoDate, errors: UserErrors): void {
  if (fields.censusDate !== undefined) {
    if (!isCensusDate(fields.censusDate)) {
      errors.add('censusDate', 'CENSUS_DATE_INVALID', `Workforce returns are as at 30 September; got ${fields.censusDate}.`);
    }
    checkNotFuture(errors, 'censusDate', fields.censusDate, today);
  }
  checkNonNegative(errors, 'permanentFte', fields.permanentFte, MAX_FTE);
  checkNonNegative(errors, 'agencyFte', fields.agencyFte, MAX_FTE);
  checkNonNegative(errors, 'vacancyFte', fields.vacancyFte, MAX_FTE);
  checkNonNegative(errors, 'leaverFte', fields.leaverFte, MAX_FTE);
  checkNonNegative(errors, 'averageCaseload', fields.averageCaseload, MAX_CASELOAD);
}
