/**
 * When a practitioner's leadership records may be erased: not while an ASYE they are on or assess,
 * a pathway they are on, or mentoring they give or receive is still running. Each is in use, and
 * its figures would follow someone nobody can be asked about any more.
 */
import { UserErrors, type UserError } from '#hub/shared/errors';
import type { AsyeStatus, EnrolmentStatus } from '../types/enums';
import type { UserErrorCode } from '#hub/shared/user-error-codes';
import { isAsyeRunning } from './asye-workflow';
import { isEnrolmentRunning } from './pathway-enrolment-workflow';

export interface LeadershipRecordsToErase {
  readonly asye: readonly { id: string; status: AsyeStatus }[];
  readonly assessed: readonly { id: string; status: AsyeStatus }[];
  readonly enrolments: readonly { id: string; status: EnrolmentStatus }[];
  readonly mentoring: readonly { id: string; endedOn: string | null }[];
}

export function leadershipErasureRefusals(records: LeadershipRecordsToErase): UserError[] {
  const errors = new UserErrors();
  const refuseIfAny = (ids: string[], code: UserErrorCode, what: string, remedy: string) => {
    if (ids.length > 0) errors.add('practitionerId', code, `${what}: ${ids.join(', ')}. ${remedy}`);
  };
  const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);
  refuseIfAny(
    ids(records.asye.filter((record) => isAsyeRunning(record.status))),
    'ASYE_RUNNING',
    'Their ASYE is still running',
    'Complete or withdraw it first.',
  );
  refuseIfAny(
    ids(records.assessed.filter((record) => isAsyeRunning(record.status))),
    'ASSESSOR_OF_RUNNING_ASYE',
    'They assess ASYEs still running',
    'Those must be completed or withdrawn first.',
  );
  refuseIfAny(
    ids(records.enrolments.filter((enrolment) => isEnrolmentRunning(enrolment.status))),
    'PATHWAY_ENROLMENT_RUNNING',
    'They are still on a pathway',
    'Withdraw the enrolment (pathwayEnrolmentWithdraw) first.',
  );
  refuseIfAny(
    ids(records.mentoring.filter((relationship) => relationship.endedOn === null)),
    'MENTORING_RUNNING',
    'Mentoring they give or receive has not ended',
    'End it (mentoringEnd) first.',
  );
  return errors.list;
}
