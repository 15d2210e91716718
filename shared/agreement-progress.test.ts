import { agreementProgress, AgreementMeasure, periodElapsed } from './agreement-progress';

const YEAR = { from: '2026-08-01', to: '2027-07-31' };

describe('progress against an agreement’s target', () => {
  it('counts the share of the period gone, to the end of today: none before it, all after it', () => {
    expect(periodElapsed(YEAR, '2026-07-31')).toBe(0);
    expect(periodElapsed(YEAR, '2026-08-01')).toBeCloseTo(1 / 365, 6);
    expect(periodElapsed(YEAR, '2027-01-30')).toBeCloseTo(183 / 365, 6);
    expect(periodElapsed(YEAR, '2027-07-31')).toBe(1);
  });

  it('expects a figure that builds up to have reached the target’s share by today, and a level the target itself', () => {
    const halfway = '2027-01-30';
    const sessions = agreementProgress(AgreementMeasure.MASTERCLASSES, 4, 2, { shape: 'accrues', period: YEAR, today: halfway });
    expect(sessions).toEqual({
      measure: 'MASTERCLASSES',
      target: 4,
      actual: 2,
      expectedByNow: 2.0055,
      gap: 2,
      met: false,
      onTrack: false,
      suppressed: [],
    });
    const share = agreementProgress(AgreementMeasure.CO_DELIVERED_SHARE, 0.6, 0.65, { shape: 'level', period: YEAR, today: halfway });
    expect(share).toMatchObject({ expectedByNow: 0.6, gap: 0, met: true, onTrack: true });
  });

  it('after the period, is on track only when met', () => {
    const missed = agreementProgress(AgreementMeasure.SEMINARS, 12, 11, { shape: 'accrues', period: YEAR, today: '2027-09-01' });
    expect(missed).toMatchObject({ expectedByNow: 12, gap: 1, met: false, onTrack: false });
  });

  it('withholds the gap and both verdicts with a withheld actual, and names them', () => {
    const withheld = agreementProgress(AgreementMeasure.MASTERCLASSES, 4, null, {
      shape: 'accrues',
      period: YEAR,
      today: '2027-09-01',
      withheld: true,
    });
    expect(withheld).toMatchObject({ target: 4, actual: null, gap: null, met: null, onTrack: null });
    expect(withheld.suppressed).toEqual(['actual', 'gap', 'met', 'onTrack']);
  });

  it('gives a member’s row with no target of its own its actual and no verdict', () => {
    const row = agreementProgress(AgreementMeasure.MASTERCLASSES, null, 3, { shape: 'accrues', period: YEAR, today: '2027-09-01' });
    expect(row).toMatchObject({ target: null, actual: 3, expectedByNow: null, gap: null, met: null, onTrack: null, suppressed: [] });
  });
});
