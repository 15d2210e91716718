import { FinalOutcome, PlacementStatus } from '../types/enums';
import { PlacementAction, planPlacementStep } from './placement-workflow';

const today = '2026-03-10';
const placement = (status: PlacementStatus, overrides: Partial<Parameters<typeof planPlacementStep>[0]> = {}) => ({
  status,
  startsOn: '2026-03-02',
  learningAgreementSignedOn: '2026-02-20',
  practiceEducatorId: 'educator',
  daysCompleted: 70,
  requiredDays: 70,
  ...overrides,
});
const outcome = (plan: ReturnType<typeof planPlacementStep>) => (plan.ok ? plan.to : plan.refusal.code);

describe('the placement lifecycle', () => {
  it('goes proposed → confirmed → active → completed', () => {
    expect(outcome(planPlacementStep(placement(PlacementStatus.PROPOSED), PlacementAction.CONFIRM, today))).toBe(PlacementStatus.CONFIRMED);
    expect(outcome(planPlacementStep(placement(PlacementStatus.CONFIRMED), PlacementAction.START, today))).toBe(PlacementStatus.ACTIVE);
    expect(outcome(planPlacementStep(placement(PlacementStatus.ACTIVE), PlacementAction.COMPLETE, today, FinalOutcome.PASS))).toBe(
      PlacementStatus.COMPLETED,
    );
  });

  it('ends early only while active, and cancels only before it starts', () => {
    expect(outcome(planPlacementStep(placement(PlacementStatus.ACTIVE), PlacementAction.END_EARLY, today))).toBe(
      PlacementStatus.ENDED_EARLY,
    );
    expect(outcome(planPlacementStep(placement(PlacementStatus.CONFIRMED), PlacementAction.END_EARLY, today))).toBe(
      'PLACEMENT_TRANSITION_NOT_ALLOWED',
    );
    expect(outcome(planPlacementStep(placement(PlacementStatus.CONFIRMED), PlacementAction.CANCEL, today))).toBe(PlacementStatus.CANCELLED);
    expect(outcome(planPlacementStep(placement(PlacementStatus.ACTIVE), PlacementAction.CANCEL, today))).toBe(
      'PLACEMENT_TRANSITION_NOT_ALLOWED',
    );
  });

  it('needs a signed learning agreement, a practice educator and the start date before it starts', () => {
    const unsigned = placement(PlacementStatus.CONFIRMED, { learningAgreementSignedOn: null });
    expect(outcome(planPlacementStep(unsigned, PlacementAction.START, today))).toBe('LEARNING_AGREEMENT_MISSING');
    const noEducator = placement(PlacementStatus.CONFIRMED, { practiceEducatorId: null });
    expect(outcome(planPlacementStep(noEducator, PlacementAction.START, today))).toBe('PRACTICE_EDUCATOR_MISSING');
    const later = placement(PlacementStatus.CONFIRMED, { startsOn: '2026-04-01' });
    expect(outcome(planPlacementStep(later, PlacementAction.START, today))).toBe('PLACEMENT_NOT_YET_DUE');
  });

  it('passes a placement only with its days done, but records a fail or referral at any point', () => {
    const short = placement(PlacementStatus.ACTIVE, { daysCompleted: 64 });
    const pass = planPlacementStep(short, PlacementAction.COMPLETE, today, FinalOutcome.PASS);
    expect(pass.ok ? null : pass.refusal).toEqual({
      field: 'finalOutcome',
      code: 'PLACEMENT_DAYS_SHORT',
      message: 'A pass needs 70 days of practice; 64 are recorded.',
    });
    expect(outcome(planPlacementStep(short, PlacementAction.COMPLETE, today, FinalOutcome.REFER))).toBe(PlacementStatus.COMPLETED);
  });

  it('records days and reviews only while the placement runs', () => {
    expect(outcome(planPlacementStep(placement(PlacementStatus.ACTIVE), PlacementAction.RECORD_PROGRESS, today))).toBe(
      PlacementStatus.ACTIVE,
    );
    expect(outcome(planPlacementStep(placement(PlacementStatus.COMPLETED), PlacementAction.RECORD_PROGRESS, today))).toBe(
      'PLACEMENT_TRANSITION_NOT_ALLOWED',
    );
  });
});
