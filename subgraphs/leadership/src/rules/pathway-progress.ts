/**
 * Where a practitioner is on a pathway stage: on track while the time in the stage, not counting
 * pauses, is within the stage's expected months; overdue after that; paused while paused.
 */
import type { IsoDate } from '#hub/shared/iso-date';
import { addMonths, daysBetween, pausedDaysUntil, type Pause } from './calendar';

export enum StageProgress {
  ON_TRACK = 'ON_TRACK',
  OVERDUE = 'OVERDUE',
  PAUSED = 'PAUSED',
}

export function stageProgress(stageStartedOn: IsoDate, expectedMonths: number, pauses: readonly Pause[], today: IsoDate): StageProgress {
  if (pauses.some((pause) => pause.endedOn === null)) return StageProgress.PAUSED;
  // Only the part of each pause after the stage began.
  const ownPauses = pauses
    .filter((pause) => (pause.endedOn ?? today) > stageStartedOn)
    .map((pause) => ({ ...pause, startedOn: pause.startedOn > stageStartedOn ? pause.startedOn : stageStartedOn }));
  const active = daysBetween(stageStartedOn, today) - pausedDaysUntil(ownPauses, today, today);
  return active > daysBetween(stageStartedOn, addMonths(stageStartedOn, expectedMonths)) ? StageProgress.OVERDUE : StageProgress.ON_TRACK;
}
