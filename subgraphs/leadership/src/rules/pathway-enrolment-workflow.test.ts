import { UserErrors } from '#hub/shared/errors';
import { EnrolmentStatus } from '../types/enums';
import {
  enrolmentPauseStep,
  enrolmentProgress,
  enrolmentResumeStep,
  enrolmentSignOffStep,
  enrolmentWithdrawStep,
  isEnrolmentRunning,
  isOnPathway,
  pathwayClosedTo,
  type EnrolmentState,
} from './pathway-enrolment-workflow';
import { StageProgress } from './pathway-progress';

const enrolment: EnrolmentState = {
  pathwayId: 'pathway-1',
  status: EnrolmentStatus.ACTIVE,
  currentPosition: 1,
  stageStartedOn: '2026-09-01',
  pauses: [],
  signOffs: [],
};
const signOff = { signedOffOn: '2026-12-01', signedOffBy: 'admin-subject', evidenceNote: 'Portfolio seen.' };

function codes(step: (refusal: UserErrors) => unknown): string[] {
  const refusal = new UserErrors();
  step(refusal);
  return refusal.list.map((error) => `${error.field.join('.')}:${error.code}`);
}

describe('being on a pathway', () => {
  it('runs while active or paused', () => {
    expect(Object.values(EnrolmentStatus).filter(isEnrolmentRunning)).toEqual([EnrolmentStatus.ACTIVE, EnrolmentStatus.PAUSED]);
  });

  it('holds once at a time: a running enrolment on the same pathway blocks another, an ended one does not', () => {
    expect(isOnPathway([{ pathwayId: 'pathway-1', status: EnrolmentStatus.PAUSED }], 'pathway-1')).toBe(true);
    expect(isOnPathway([{ pathwayId: 'pathway-1', status: EnrolmentStatus.WITHDRAWN }], 'pathway-1')).toBe(false);
    expect(isOnPathway([{ pathwayId: 'pathway-2', status: EnrolmentStatus.ACTIVE }], 'pathway-1')).toBe(false);
  });

  it('is open to its member councils’ practitioners on a partnership’s pathway, and only its own on a council’s', () => {
    const ofPartnership = { ownerCouncilId: null, ownerPartnershipId: 'partnership-1' };
    const ofCouncil = { ownerCouncilId: 'council-a', ownerPartnershipId: null };
    expect(pathwayClosedTo(ofPartnership, 'council-a', ['partnership-2', 'partnership-1'])).toBeNull();
    expect(pathwayClosedTo(ofPartnership, 'council-a', ['partnership-2'])).toBe('PATHWAY_OF_OTHER_PARTNERSHIP');
    expect(pathwayClosedTo(ofPartnership, 'council-a', [])).toBe('PATHWAY_OF_OTHER_PARTNERSHIP');
    expect(pathwayClosedTo(ofCouncil, 'council-a', [])).toBeNull();
    expect(pathwayClosedTo(ofCouncil, 'council-b', ['partnership-1'])).toBe('PATHWAY_OF_OTHER_COUNCIL');
  });

  it('shows progress in the current stage while it runs, and none once ended or past the last stage', () => {
    expect(enrolmentProgress(enrolment, { expectedMonths: 3 }, '2026-12-02')).toBe(StageProgress.OVERDUE);
    expect(enrolmentProgress(enrolment, { expectedMonths: 3 }, '2026-12-01')).toBe(StageProgress.ON_TRACK);
    expect(enrolmentProgress({ ...enrolment, status: EnrolmentStatus.WITHDRAWN }, { expectedMonths: 3 }, '2026-12-01')).toBeNull();
    expect(enrolmentProgress(enrolment, null, '2026-12-01')).toBeNull();
  });
});

describe('signing off a stage', () => {
  it('moves an active enrolment to the next stage, recording who signed it off', () => {
    const refusal = new UserErrors();
    expect(enrolmentSignOffStep(enrolment, signOff, 3, refusal)).toEqual({
      currentPosition: 2,
      stageStartedOn: '2026-12-01',
      signOffs: [{ position: 1, ...signOff }],
      status: EnrolmentStatus.ACTIVE,
      endedOn: null,
    });
    expect(refusal.list).toEqual([]);
  });

  it('completes the enrolment at the last stage, on the day of the sign-off', () => {
    const atLast = { ...enrolment, currentPosition: 3 };
    expect(enrolmentSignOffStep(atLast, signOff, 3, new UserErrors())).toMatchObject({
      status: EnrolmentStatus.COMPLETED,
      endedOn: '2026-12-01',
    });
  });

  it('is refused while paused, and before the stage began', () => {
    const paused = { ...enrolment, status: EnrolmentStatus.PAUSED };
    expect(codes((refusal) => enrolmentSignOffStep(paused, { ...signOff, signedOffOn: '2026-08-31' }, 3, refusal))).toEqual([
      'input.id:ENROLMENT_NOT_ACTIVE',
      'input.signedOffOn:DATE_ORDER',
    ]);
  });
});

describe('pausing, resuming and withdrawing an enrolment', () => {
  it('pauses an active one from the later of the last pause’s end and the stage’s start', () => {
    const pauses = [{ startedOn: '2026-06-01', endedOn: '2026-07-01' }];
    const refusal = new UserErrors();
    expect(enrolmentPauseStep({ ...enrolment, pauses }, '2026-09-01', refusal)).toEqual({
      status: EnrolmentStatus.PAUSED,
      pauses: [...pauses, { startedOn: '2026-09-01', endedOn: null }],
    });
    expect(refusal.list).toEqual([]);
    const refused = new UserErrors();
    enrolmentPauseStep({ ...enrolment, pauses }, '2026-08-31', refused);
    expect(refused.list.map((error) => error.message)).toEqual(['A new pause starts on or after 2026-09-01.']);
    expect(codes((refusal) => enrolmentPauseStep({ ...enrolment, status: EnrolmentStatus.PAUSED }, '2026-10-01', refusal))).toEqual([
      'input.id:ENROLMENT_NOT_ACTIVE',
    ]);
  });

  it('resumes a paused one by closing its open pause, not before the pause began', () => {
    const paused = { ...enrolment, status: EnrolmentStatus.PAUSED, pauses: [{ startedOn: '2026-10-01', endedOn: null }] };
    const refusal = new UserErrors();
    expect(enrolmentResumeStep(paused, '2026-10-15', refusal)).toEqual({
      status: EnrolmentStatus.ACTIVE,
      pauses: [{ startedOn: '2026-10-01', endedOn: '2026-10-15' }],
    });
    expect(refusal.list).toEqual([]);
    expect(codes((refusal) => enrolmentResumeStep(paused, '2026-09-30', refusal))).toEqual(['input.on:DATE_ORDER']);
    expect(codes((refusal) => enrolmentResumeStep(enrolment, '2026-10-15', refusal))).toEqual(['input.id:ENROLMENT_NOT_PAUSED']);
  });

  it('withdraws a running one, and refuses one that has ended', () => {
    const refusal = new UserErrors();
    expect(enrolmentWithdrawStep({ ...enrolment, status: EnrolmentStatus.PAUSED }, '2026-10-15', refusal)).toEqual({
      status: EnrolmentStatus.WITHDRAWN,
      endedOn: '2026-10-15',
    });
    expect(refusal.list).toEqual([]);
    expect(codes((refusal) => enrolmentWithdrawStep({ ...enrolment, status: EnrolmentStatus.COMPLETED }, '2026-10-15', refusal))).toEqual([
      'input.id:ENROLMENT_NOT_ACTIVE',
    ]);
  });
});
