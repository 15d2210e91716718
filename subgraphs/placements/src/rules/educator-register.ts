/**
 * Which of a practitioner's registrations on the partnerships' registers of practice educators
 * stands for them: the highest stage, then the most recent approval; the first listed on a tie.
 */
import type { IsoDate } from '#hub/shared/iso-date';
import { PepsStage } from '../types/enums';

export function standingRegistration<T extends { stage: PepsStage; approvedOn: IsoDate }>(registrations: readonly T[]): T | null {
  const rank = (registration: T) => `${registration.stage === PepsStage.STAGE_2 ? 2 : 1}${registration.approvedOn}`;
  return registrations.reduce<T | null>((best, registration) => (!best || rank(registration) > rank(best) ? registration : best), null);
}
