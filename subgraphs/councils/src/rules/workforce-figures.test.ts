import type { WorkforceSnapshot } from '../entities/workforce-snapshot.entity';
import { workforceFigures } from './workforce-figures';

function snapshot(figures: Pick<WorkforceSnapshot, 'permanentFte' | 'agencyFte' | 'vacancyFte' | 'leaverFte' | 'averageCaseload'>) {
  return { id: 'snapshot', councilId: 'council', censusDate: '2025-09-30', ...figures } as WorkforceSnapshot;
}

describe('a workforce return’s figures as shown', () => {
  const large = snapshot({ permanentFte: 100, agencyFte: 25, vacancyFte: 10, leaverFte: 15, averageCaseload: 17.5 });

  it('shows every figure and rate when no FTE count is from 1 to 4', () => {
    expect(workforceFigures(large, false)).toEqual({
      permanentFte: 100,
      agencyFte: 25,
      vacancyFte: 10,
      leaverFte: 15,
      averageCaseload: 17.5,
      agencyRate: 0.2,
      vacancyRate: 0.0909,
      turnoverRate: 0.15,
      suppressed: [],
    });
  });

  it('withholds a small leaver count and the turnover rate worked out from it', () => {
    const shown = workforceFigures({ ...large, leaverFte: 3 }, false);
    expect(shown).toMatchObject({ leaverFte: null, turnoverRate: null, permanentFte: 100, agencyRate: 0.2 });
    expect([...shown.suppressed].sort()).toEqual(['leaverFte', 'turnoverRate']);
  });

  it('withholds the average caseload of fewer than 5 employed social workers', () => {
    const shown = workforceFigures(snapshot({ permanentFte: 4, agencyFte: 20, vacancyFte: 10, leaverFte: 0, averageCaseload: 12 }), false);
    expect(shown).toMatchObject({ permanentFte: null, averageCaseload: null, agencyFte: 20 });
  });

  it('shows the council’s admins every figure exactly', () => {
    const shown = workforceFigures({ ...large, leaverFte: 3 }, true);
    expect(shown).toMatchObject({ leaverFte: 3, turnoverRate: 0.03, suppressed: [] });
  });
});
