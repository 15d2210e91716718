/**
 * A pathway enrolment's steps: ACTIVE ⇄ PAUSED while it runs; each sign-off of the current stage
 * moves it to the next, and the last sign-off completes it (COMPLETED); WITHDRAWN from either
 * running status. A practitioner is on a pathway once at a time; a council's own pathway takes
 * only its own practitioners, and a partnership's only those of its member councils. Each step takes the enrolment as it stands, adds every reason it may
 * not be taken to `refusal`, and returns what to write.
 */
import type { UserErrors } from '#hub/shared/errors';
import type { IsoDate } from '#hub/shared/iso-date';
import { EnrolmentStatus } from '../types/enums';
import type { Pause } from './calendar';
import { stageProgress, type StageProgress } from './pathway-progress';

const RUNNING: readonly EnrolmentStatus[] = [EnrolmentStatus.ACTIVE, EnrolmentStatus.PAUSED];

export interface StageSignOffFacts {
  readonly position: number;
  readonly signedOffOn: IsoDate;
  readonly signedOffBy: string;
  readonly evidenceNote: string;
}

export interface EnrolmentState {
  readonly pathwayId: string;
  readonly status: EnrolmentStatus;
  readonly currentPosition: number;
  readonly stageStartedOn: IsoDate;
  readonly pauses: readonly Pause[];
  readonly signOffs: readonly StageSignOffFacts[];
}

/** What a step writes to the enrolment. */
export interface EnrolmentChanges {
  readonly status?: EnrolmentStatus;
  readonly currentPosition?: number;
  readonly stageStartedOn?: IsoDate;
  readonly pauses?: Pause[];
  readonly signOffs?: StageSignOffFacts[];
  readonly endedOn?: IsoDate | null;
}

export function isEnrolmentRunning(status: EnrolmentStatus): boolean {
  return RUNNING.includes(status);
}

/** Whether one of these enrolments has the practitioner on the pathway now. */
export function isOnPathway(enrolments: readonly { pathwayId: string; status: EnrolmentStatus }[], pathwayId: string): boolean {
  return enrolments.some((enrolment) => enrolment.pathwayId === pathwayId && isEnrolmentRunning(enrolment.status));
}

/**
 * Why a practitioner of the council may not be put on the pathway, or null when they may: the
 * council's own pathway, or one of a partnership the council is a member of (`councilPartnershipIds`,
 * as the councils register has them).
 */
export function pathwayClosedTo(
  pathway: { ownerCouncilId: string | null; ownerPartnershipId: string | null },
  councilId: string,
  councilPartnershipIds: readonly string[],
): 'PATHWAY_OF_OTHER_COUNCIL' | 'PATHWAY_OF_OTHER_PARTNERSHIP' | null {
  if (pathway.ownerCouncilId) return pathway.ownerCouncilId === councilId ? null : 'PATHWAY_OF_OTHER_COUNCIL';
  return pathway.ownerPartnershipId && councilPartnershipIds.includes(pathway.ownerPartnershipId) ? null : 'PATHWAY_OF_OTHER_PARTNERSHIP';
}

/** How the enrolment stands in its current stage; null once it has ended or has no current stage. */
export function enrolmentProgress(
  enrolment: EnrolmentState,
  currentStage: { expectedMonths: number } | null,
  today: IsoDate,
): StageProgress | null {
  if (!currentStage || !isEnrolmentRunning(enrolment.status)) return null;
  return stageProgress(enrolment.stageStartedOn, currentStage.expectedMonths, enrolment.pauses, today);
}

/** The sign-off of an active enrolment's current stage, not before the stage began; after the last of `stageCount` stages it is complete. */
export function enrolmentSignOffStep(
  enrolment: EnrolmentState,
  signOff: Omit<StageSignOffFacts, 'position'>,
  stageCount: number,
  refusal: UserErrors,
): EnrolmentChanges {
  if (enrolment.status !== EnrolmentStatus.ACTIVE) refusal.add('id', 'ENROLMENT_NOT_ACTIVE', `This enrolment is ${enrolment.status}.`);
  if (signOff.signedOffOn < enrolment.stageStartedOn) {
    refusal.add('signedOffOn', 'DATE_ORDER', `The stage began on ${enrolment.stageStartedOn}; got ${signOff.signedOffOn}.`);
  }
  const last = enrolment.currentPosition >= stageCount;
  return {
    currentPosition: enrolment.currentPosition + 1,
    stageStartedOn: signOff.signedOffOn,
    signOffs: [
      ...enrolment.signOffs,
      {
        position: enrolment.currentPosition,
        signedOffOn: signOff.signedOffOn,
        signedOffBy: signOff.signedOffBy,
        evidenceNote: signOff.evidenceNote,
      },
    ],
    status: last ? EnrolmentStatus.COMPLETED : EnrolmentStatus.ACTIVE,
    endedOn: last ? signOff.signedOffOn : null,
  };
}

/** A pause from `on` of an active enrolment, once the last pause ended and not before the current stage began. */
export function enrolmentPauseStep(enrolment: EnrolmentState, on: IsoDate, refusal: UserErrors): EnrolmentChanges {
  if (enrolment.status !== EnrolmentStatus.ACTIVE) refusal.add('id', 'ENROLMENT_NOT_ACTIVE', `This enrolment is ${enrolment.status}.`);
  const lastEnd = enrolment.pauses.at(-1)?.endedOn ?? enrolment.stageStartedOn;
  const earliest = lastEnd > enrolment.stageStartedOn ? lastEnd : enrolment.stageStartedOn;
  if (on < earliest) refusal.add('on', 'DATE_ORDER', `A new pause starts on or after ${earliest}.`);
  return { status: EnrolmentStatus.PAUSED, pauses: [...enrolment.pauses, { startedOn: on, endedOn: null }] };
}

/** The end of a paused enrolment's open pause on `on`, not before it began. */
export function enrolmentResumeStep(enrolment: EnrolmentState, on: IsoDate, refusal: UserErrors): EnrolmentChanges {
  const open = enrolment.pauses.at(-1);
  if (enrolment.status !== EnrolmentStatus.PAUSED || !open) {
    refusal.add('id', 'ENROLMENT_NOT_PAUSED', `This enrolment is ${enrolment.status}.`);
  } else if (on < open.startedOn) refusal.add('on', 'DATE_ORDER', `The pause began on ${open.startedOn}; got ${on}.`);
  return {
    status: EnrolmentStatus.ACTIVE,
    pauses: [...enrolment.pauses.slice(0, -1), { startedOn: open?.startedOn ?? on, endedOn: on }],
  };
}

/** Withdrawal of a running enrolment on `on`. */
export function enrolmentWithdrawStep(enrolment: EnrolmentState, on: IsoDate, refusal: UserErrors): EnrolmentChanges {
  if (!isEnrolmentRunning(enrolment.status)) refusal.add('id', 'ENROLMENT_NOT_ACTIVE', `This enrolment is ${enrolment.status}.`);
  return { status: EnrolmentStatus.WITHDRAWN, endedOn: on };
}
