/**
 * Where a practitioner is on a pathway stage: on track while the time in the stage, not counting
 * pauses, is within the stage's expected months; overdue after that; paused while paused.
 */
import { addDays, type IsoDate } from '#hub/shared/iso-date';
import { addMonths, daysBetween, pausedDaysUntil, type Pause } from './calendar';

export enum StageProgress {
  ON_TRACK = 'ON_TRACK',
  OVERDUE = 'OVERDUE',
  PAUSED = 'PAUSED',
}

export function stageProgress(stageStartedOn: IsoDate, expectedMonths: number, pauses: readonly Pause[], today: IsoDate): StageProgress {
  if (pauses.some((pause) => pause.endedOn === null)) return StageProgress.PAUSED;
  return stageLateness(stageStartedOn, expectedMonths, pauses, today).daysOverdue > 0 ? StageProgress.OVERDUE : StageProgress.ON_TRACK;
}

export interface StageLateness {
  /** The stage's expected months after it began, moved on by the days paused since. */
  readonly expectedBy: IsoDate;
  /** Days in the stage, not counting pauses, beyond its expected months: 0 or less while on track. */
  readonly daysOverdue: number;
}

export function stageLateness(stageStartedOn: IsoDate, expectedMonths: number, pauses: readonly Pause[], today: IsoDate): StageLateness {
  // Only the part of each pause after the stage began.
  const ownPauses = pauses
    .filter((pause) => (pause.endedOn ?? today) > stageStartedOn)
    .map((pause) => ({ ...pause, startedOn: pause.startedOn > stageStartedOn ? pause.startedOn : stageStartedOn }));
  const paused = pausedDaysUntil(ownPauses, today, today);
  const active = daysBetween(stageStartedOn, today) - paused;
  const expectedEnd = addMonths(stageStartedOn, expectedMonths);
  return { expectedBy: addDays(expectedEnd, paused), daysOverdue: active - daysBetween(stageStartedOn, expectedEnd) };
}
