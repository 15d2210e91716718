/**
 * The ASYE reviews a council should act on today: those overdue on running records, and those
 * due within 30 days on records in progress (a paused record's dates move on every day, so none
 * of its reviews is due soon). The report's counts and the partnership's list both come from here.
 */
import { addDays, type IsoDate } from '#hub/shared/iso-date';
import { AsyeStatus } from '../types/enums';
import { reviewSchedule, type AsyeReviewPoint } from './asye';
import { isAsyeRunning } from './asye-workflow';
import type { Pause } from './calendar';

/** Reviews due within this many days count as due soon. */
export const REVIEW_DUE_SOON_DAYS = 30;

export enum ReviewUrgency {
  OVERDUE = 'OVERDUE',
  DUE_SOON = 'DUE_SOON',
}

export interface ScheduleFacts {
  readonly status: AsyeStatus;
  readonly startedOn: IsoDate;
  readonly pauses: readonly Pause[];
  readonly withNineMonthReview: boolean;
  readonly heldReviews: readonly { point: AsyeReviewPoint }[];
}

export interface ReviewToFollowUp {
  readonly point: AsyeReviewPoint;
  readonly dueOn: IsoDate;
  readonly urgency: ReviewUrgency;
}

export function reviewsToFollowUp(record: ScheduleFacts, today: IsoDate): ReviewToFollowUp[] {
  if (!isAsyeRunning(record.status)) return [];
  const held = new Set(record.heldReviews.map((review) => review.point));
  const soon = addDays(today, REVIEW_DUE_SOON_DAYS);
  return reviewSchedule(record.startedOn, record.pauses, record.withNineMonthReview, today).flatMap(
    ({ point, dueOn }): ReviewToFollowUp[] => {
      if (held.has(point)) return [];
      if (dueOn < today) return [{ point, dueOn, urgency: ReviewUrgency.OVERDUE }];
      if (record.status === AsyeStatus.IN_PROGRESS && dueOn <= soon) return [{ point, dueOn, urgency: ReviewUrgency.DUE_SOON }];
      return [];
    },
  );
}
