/**
 * Social Work England's CPD rule: in each registration year, 1 December to 30 November, a social
 * worker records at least 2 pieces of CPD, at least one with a peer reflection. A partnership may
 * also expect a minimum number of learning days (Leeds asks for 5).
 */
import type { UserErrors } from '#hub/shared/errors';
import type { IsoDate } from '#hub/shared/iso-date';

export const MIN_CPD_RECORDS = 2;
export const MIN_PEER_REFLECTIONS = 1;
/** A learning day, for counting CPD hours as days. */
export const HOURS_PER_LEARNING_DAY = 7.5;
/** The most learning days a partnership may expect a year, as the settings table's check allows. */
export const MAX_MIN_LEARNING_DAYS = 30;

/** Registration years are named by the year they end: 2026 runs from 1 December 2025 to 30 November 2026. */
export function registrationYearOf(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= '12-01' ? year + 1 : year;
}

export function registrationYearBounds(year: number): { from: IsoDate; to: IsoDate } {
  return { from: `${year - 1}-12-01`, to: `${year}-11-30` };
}

export interface CpdFacts {
  readonly completedOn: IsoDate;
  readonly hours: number;
  readonly peerReflection: boolean;
}

export interface CpdCompliance {
  readonly registrationYear: number;
  readonly records: number;
  readonly withPeerReflection: number;
  readonly learningDays: number;
  readonly minLearningDays: number;
  readonly compliant: boolean;
  readonly gaps: string[];
}

export function cpdCompliance(records: readonly CpdFacts[], registrationYear: number, minLearningDays: number): CpdCompliance {
  const { from, to } = registrationYearBounds(registrationYear);
  const inYear = records.filter((record) => record.completedOn >= from && record.completedOn <= to);
  const withPeerReflection = inYear.filter((record) => record.peerReflection).length;
  const learningDays = Math.round((inYear.reduce((sum, record) => sum + record.hours, 0) / HOURS_PER_LEARNING_DAY) * 10) / 10;
  const gaps: string[] = [];
  if (inYear.length < MIN_CPD_RECORDS) gaps.push(`${inYear.length} of ${MIN_CPD_RECORDS} CPD records`);
  if (withPeerReflection < MIN_PEER_REFLECTIONS) gaps.push('no record with a peer reflection');
  if (learningDays < minLearningDays) gaps.push(`${learningDays} of ${minLearningDays} learning days`);
  return {
    registrationYear,
    records: inYear.length,
    withPeerReflection,
    learningDays,
    minLearningDays,
    compliant: gaps.length === 0,
    gaps,
  };
}

/** A partnership's minimum learning days a year: a whole number from 0 (no minimum) to 30. */
export function checkMinLearningDays(errors: UserErrors, minLearningDays: number): void {
  if (!Number.isInteger(minLearningDays) || minLearningDays < 0 || minLearningDays > MAX_MIN_LEARNING_DAYS) {
    errors.add('minLearningDays', 'OUT_OF_RANGE', `minLearningDays must be from 0 to ${MAX_MIN_LEARNING_DAYS}; got ${minLearningDays}.`);
  }
}
