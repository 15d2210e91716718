/** What makes a practitioner record valid. */
import { UserErrors } from '#hub/shared/errors';
import { checkNotFuture, checkText } from '#hub/shared/input-checks';
import type { IsoDate } from '#hub/shared/iso-date';
import { PcfLevel } from '../types/enums';
import { isSweNumber, SWE_NUMBER_EXPECTED } from './identifiers';

/** PCF levels a registered social worker can hold; the earlier ones are student levels. */
export const QUALIFIED_PCF_LEVELS: readonly PcfLevel[] = [
  PcfLevel.ASYE,
  PcfLevel.SOCIAL_WORKER,
  PcfLevel.EXPERIENCED_SOCIAL_WORKER,
  PcfLevel.ADVANCED,
  PcfLevel.STRATEGIC,
];

export interface PractitionerFields {
  sweNumber?: string;
  givenName?: string;
  familyName?: string;
  pcfLevel?: PcfLevel;
  qualifiedOn?: IsoDate | null;
  startedOn?: IsoDate;
  leftOn?: IsoDate | null;
}

export function checkPractitionerFields(fields: PractitionerFields, today: IsoDate, errors: UserErrors): PractitionerFields {
  const cleaned: PractitionerFields = { ...fields };
  if (fields.sweNumber !== undefined) {
    cleaned.sweNumber = fields.sweNumber.trim().toUpperCase();
    if (!isSweNumber(cleaned.sweNumber)) {
      errors.add('sweNumber', 'SWE_NUMBER_INVALID', `sweNumber must be ${SWE_NUMBER_EXPECTED}; got "${fields.sweNumber}".`);
    }
  }
  if (fields.givenName !== undefined) cleaned.givenName = checkText(errors, 'givenName', fields.givenName, 80);
  if (fields.familyName !== undefined) cleaned.familyName = checkText(errors, 'familyName', fields.familyName, 80);
  if (fields.pcfLevel !== undefined && !QUALIFIED_PCF_LEVELS.includes(fields.pcfLevel)) {
    errors.add('pcfLevel', 'PCF_LEVEL_NOT_QUALIFIED', `A registered social worker is at PCF level ASYE or above; got ${fields.pcfLevel}.`);
  }
  checkNotFuture(errors, 'qualifiedOn', fields.qualifiedOn, today);
  return cleaned;
}

/** Date order once the record's old and new values are merged. */
export function checkPractitionerDates(
  dates: { qualifiedOn: IsoDate | null; startedOn: IsoDate; leftOn: IsoDate | null },
  errors: UserErrors,
): void {
  if (dates.leftOn && dates.leftOn < dates.startedOn) {
    errors.add('leftOn', 'DATE_ORDER', `leftOn (${dates.leftOn}) must not be before startedOn (${dates.startedOn}).`);
  }
  if (dates.qualifiedOn && dates.qualifiedOn > dates.startedOn) {
    errors.add(
      'qualifiedOn',
      'DATE_ORDER',
      `A social worker qualifies before starting in post: qualifiedOn (${dates.qualifiedOn}) is after startedOn (${dates.startedOn}).`,
    );
  }
}

/** The team named for a practitioner must exist and belong to the practitioner's council. */
export function checkPractitionerTeam(teamId: string, team: { councilId: string } | null, councilId: string, errors: UserErrors): void {
  if (!team) errors.add('teamId', 'NOT_FOUND', `No team has id ${teamId}.`);
  else if (team.councilId !== councilId) errors.add('teamId', 'TEAM_IN_OTHER_COUNCIL', 'The team belongs to another council.');
}
