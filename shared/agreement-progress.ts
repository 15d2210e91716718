/**
 * A partnership agreement's promises against what happened. Each subgraph keeps the targets for
 * the activity it owns and reports them in this one shape, so a board reads every promise alike:
 * the target, the actual figure (as the viewer may see it: withheld when it is a small count),
 * how far short it falls, and whether it is met or on track.
 *
 * On track: a figure that builds up over the year (sessions held, hours, completions) has reached
 * the target's share for the days of the period gone by; a level (a rate, a share, places
 * committed) has reached the target itself. After the period, on track is the same as met.
 */
import { Directive, Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import type { IsoDate } from './iso-date';
import { SuppressedFields } from './small-counts';

export enum AgreementMeasure {
  SEMINARS = 'SEMINARS',
  LECTURES = 'LECTURES',
  MASTERCLASSES = 'MASTERCLASSES',
  WORKSHOPS = 'WORKSHOPS',
  CONFERENCE_SESSIONS = 'CONFERENCE_SESSIONS',
  CO_DELIVERED_SHARE = 'CO_DELIVERED_SHARE',
  PRACTITIONER_TEACHING_HOURS = 'PRACTITIONER_TEACHING_HOURS',
  LECTURER_DAYS_IN_PRACTICE = 'LECTURER_DAYS_IN_PRACTICE',
  STUDENTS_WITH_STATUTORY_PLACEMENTS = 'STUDENTS_WITH_STATUTORY_PLACEMENTS',
  STATUTORY_PLACES_COMMITTED = 'STATUTORY_PLACES_COMMITTED',
  PRACTITIONERS_WITH_LEARNING_DAYS = 'PRACTITIONERS_WITH_LEARNING_DAYS',
  CPD_COMPLIANCE_RATE = 'CPD_COMPLIANCE_RATE',
  PATHWAY_COMPLETIONS = 'PATHWAY_COMPLETIONS',
}

registerEnumType(AgreementMeasure, {
  name: 'AgreementMeasure',
  description: 'What a target of a partnership agreement promises.',
  valuesConfig: {
    SEMINARS: { description: 'Seminars held by member universities in the academic year (at least).' },
    LECTURES: { description: 'Lectures held by member universities in the academic year (at least).' },
    MASTERCLASSES: { description: 'Masterclasses held by member universities in the academic year (at least).' },
    WORKSHOPS: { description: 'Workshops held by member universities in the academic year (at least).' },
    CONFERENCE_SESSIONS: { description: 'Conference sessions held by member universities in the academic year (at least).' },
    CO_DELIVERED_SHARE: { description: 'Share of sessions co-delivered by a lecturer and a practitioner, 0–1 (at least).' },
    PRACTITIONER_TEACHING_HOURS: { description: 'Hours practitioners spent facilitating member universities’ sessions (at least).' },
    LECTURER_DAYS_IN_PRACTICE: { description: 'Lecturer-days of completed shadowing visits to councils (at least).' },
    STUDENTS_WITH_STATUTORY_PLACEMENTS: {
      description:
        'Share of the year’s placed students whose placements, done and planned, include the statutory placements the partnership requires, 0–1 (the target is 1: every student).',
    },
    STATUTORY_PLACES_COMMITTED: { description: 'Statutory placements allocated against the places councils committed.' },
    PRACTITIONERS_WITH_LEARNING_DAYS: {
      description:
        'Share of practitioners with at least the partnership’s minimum learning days in the registration year, 0–1 (the target is 1).',
    },
    CPD_COMPLIANCE_RATE: {
      description: 'Share of practitioners meeting Social Work England’s CPD rules in the registration year, 0–1 (at least).',
    },
    PATHWAY_COMPLETIONS: { description: 'Leadership pathway enrolments completed in the academic year (at least).' },
  },
});

/** Whether a measure builds up over the period (a count of things done) or is a level (a rate, a share). */
export type MeasureShape = 'accrues' | 'level';

export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

@Directive('@shareable')
@ObjectType({ description: 'One target of a partnership agreement against what happened in its period.' })
export class AgreementProgress {
  @Field(() => AgreementMeasure, { description: 'What the target promises.' })
  measure: AgreementMeasure;

  @Field(() => Float, {
    nullable: true,
    description:
      'The promised figure; null on a member’s row when the promise is the partnership’s as a whole (a number of sessions, say).',
  })
  target: number | null;

  @Field(() => Float, { nullable: true, description: 'What happened, as far as you may see it: null when withheld (see suppressed).' })
  actual: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The part of the target due by today: the target’s share for the days gone for a figure that builds up over the year, else the target.',
  })
  expectedByNow: number | null;

  @Field(() => Float, { nullable: true, description: 'How far the actual falls short of the target; 0 when met.' })
  gap: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the actual has reached the target.' })
  met: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the actual has reached what is due by today (expectedByNow); after the period, the same as met.',
  })
  onTrack: boolean | null;

  @SuppressedFields()
  suppressed: string[];
}

const DAY_MS = 86_400_000;

function daysFrom(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The share of the period gone by the end of `today`: 0 before it starts, 1 once it is over. */
export function periodElapsed(period: Period, today: IsoDate): number {
  if (today < period.from) return 0;
  if (today >= period.to) return 1;
  return (daysFrom(period.from, today) + 1) / (daysFrom(period.from, period.to) + 1);
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/**
 * One target's progress. `actual` is the figure as the viewer sees it, so a withheld actual
 * withholds the gap and both verdicts too, which would otherwise tell it apart from the target.
 */
export function agreementProgress(
  measure: AgreementMeasure,
  target: number | null,
  actual: number | null,
  { shape, period, today, withheld = false }: { shape: MeasureShape; period: Period; today: IsoDate; withheld?: boolean },
): AgreementProgress {
  const expectedByNow = target === null ? null : shape === 'accrues' ? round4(target * periodElapsed(period, today)) : target;
  const progress: AgreementProgress = { measure, target, actual, expectedByNow, gap: null, met: null, onTrack: null, suppressed: [] };
  if (withheld || actual === null) {
    progress.actual = null;
    progress.suppressed = withheld ? ['actual', 'gap', 'met', 'onTrack'] : [];
    return progress;
  }
  if (target === null || expectedByNow === null) return progress;
  progress.gap = round4(Math.max(0, target - actual));
  progress.met = actual >= target;
  progress.onTrack = actual >= expectedByNow;
  return progress;
}
