import { ShadowingStatus } from '../types/enums';
import { planShadowingTransition, ShadowingAction } from './shadowing-workflow';

const today = '2026-03-10';
const visit = (status: ShadowingStatus, visitOn = '2026-03-20') => ({ status, visitOn });
const outcome = (status: ShadowingStatus, action: ShadowingAction, visitOn?: string) => {
  const plan = planShadowingTransition(visit(status, visitOn), action, today);
  return plan.ok ? plan.to : plan.refusal.code;
};

describe('the shadowing visit workflow', () => {
  it('goes requested → approved → completed, or requested → declined', () => {
    expect(outcome(ShadowingStatus.REQUESTED, ShadowingAction.APPROVE)).toBe(ShadowingStatus.APPROVED);
    expect(outcome(ShadowingStatus.APPROVED, ShadowingAction.COMPLETE, today)).toBe(ShadowingStatus.COMPLETED);
    expect(outcome(ShadowingStatus.REQUESTED, ShadowingAction.DECLINE)).toBe(ShadowingStatus.DECLINED);
  });

  it.each([
    [ShadowingStatus.REQUESTED, ShadowingAction.COMPLETE],
    [ShadowingStatus.APPROVED, ShadowingAction.APPROVE],
    [ShadowingStatus.APPROVED, ShadowingAction.DECLINE],
    [ShadowingStatus.DECLINED, ShadowingAction.APPROVE],
    [ShadowingStatus.DECLINED, ShadowingAction.CANCEL],
    [ShadowingStatus.COMPLETED, ShadowingAction.CANCEL],
    [ShadowingStatus.CANCELLED, ShadowingAction.COMPLETE],
  ])('refuses to take a %s visit through %s', (status, action) => {
    expect(outcome(status, action)).toBe('SHADOWING_TRANSITION_NOT_ALLOWED');
  });

  it('names the status the visit is in and the one the action needs', () => {
    const plan = planShadowingTransition(visit(ShadowingStatus.DECLINED), ShadowingAction.COMPLETE, today);
    expect(plan.ok ? null : plan.refusal.message).toBe('This visit is DECLINED; only APPROVED visits can be completed.');
  });

  it('lets either side cancel a requested or approved visit up to and on its day, not after', () => {
    expect(outcome(ShadowingStatus.REQUESTED, ShadowingAction.CANCEL)).toBe(ShadowingStatus.CANCELLED);
    expect(outcome(ShadowingStatus.APPROVED, ShadowingAction.CANCEL, today)).toBe(ShadowingStatus.CANCELLED);
    expect(outcome(ShadowingStatus.APPROVED, ShadowingAction.CANCEL, '2026-03-09')).toBe('SHADOWING_VISIT_DATE_PASSED');
  });

  it('completes a visit only once its day has come, and approves one only before its day has passed', () => {
    expect(outcome(ShadowingStatus.APPROVED, ShadowingAction.COMPLETE, '2026-03-11')).toBe('SHADOWING_VISIT_NOT_YET_DUE');
    expect(outcome(ShadowingStatus.REQUESTED, ShadowingAction.APPROVE, '2026-03-09')).toBe('SHADOWING_VISIT_DATE_PASSED');
  });
});
