import { PepsStage } from '../types/enums';
import { standingRegistration } from './educator-register';

describe('the registration that stands for a practitioner', () => {
  const registration = (id: string, stage: PepsStage, approvedOn: string) => ({ id, stage, approvedOn });

  it('is the highest stage, then the most recent approval, and the first listed on a tie', () => {
    const older = registration('stage-2-older', PepsStage.STAGE_2, '2024-09-01');
    const newer = registration('stage-2-newer', PepsStage.STAGE_2, '2025-09-01');
    const latest = registration('stage-1-latest', PepsStage.STAGE_1, '2026-01-15');
    expect(standingRegistration([latest, older, newer])?.id).toBe('stage-2-newer');
    expect(standingRegistration([latest, registration('stage-1-older', PepsStage.STAGE_1, '2025-01-15')])?.id).toBe('stage-1-latest');
    expect(standingRegistration([older, { ...older, id: 'same-again' }])?.id).toBe('stage-2-older');
  });

  it('is none for a practitioner on no register', () => {
    expect(standingRegistration([])).toBeNull();
  });
});
