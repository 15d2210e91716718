/** A workforce return's figures as shown: FTE counts people, so the small-count rule applies to them. */
import { withholdSmallCounts, type FigureRules, type Shown } from '#hub/shared/small-counts';
import type { WorkforceSnapshot } from '../entities/workforce-snapshot.entity';
import { agencyRate, turnoverRate, vacancyRate } from './workforce-rates';

interface WorkforceFigures {
  permanentFte: number;
  agencyFte: number;
  vacancyFte: number;
  leaverFte: number;
  averageCaseload: number | null;
  agencyRate: number | null;
  vacancyRate: number | null;
  turnoverRate: number | null;
}

const WORKFORCE_RULES: FigureRules<WorkforceFigures> = {
  counts: ['permanentFte', 'agencyFte', 'vacancyFte', 'leaverFte'],
  derived: {
    agencyRate: ['agencyFte', 'permanentFte'],
    vacancyRate: ['vacancyFte', 'permanentFte'],
    turnoverRate: ['leaverFte', 'permanentFte'],
    // An average over the employed workforce describes those people when there are fewer than 5.
    averageCaseload: ['permanentFte'],
  },
};

export function workforceFigures(snapshot: WorkforceSnapshot, exact: boolean): Shown<WorkforceFigures> {
  const { permanentFte, agencyFte, vacancyFte, leaverFte, averageCaseload } = snapshot;
  return withholdSmallCounts(
    {
      permanentFte,
      agencyFte,
      vacancyFte,
      leaverFte,
      averageCaseload,
      agencyRate: agencyRate(permanentFte, agencyFte),
      vacancyRate: vacancyRate(permanentFte, vacancyFte),
      turnoverRate: turnoverRate(permanentFte, leaverFte),
    },
    WORKFORCE_RULES,
    exact,
  );
}
