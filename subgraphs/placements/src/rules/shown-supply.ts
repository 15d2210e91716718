/**
 * Supply figures as a viewer sees them: exact for the admins of the council or partnership they
 * describe; elsewhere the counts of students are withheld from 1 to 4, and so is the count filled
 * when 1 to 4 allocated students have not started. Places promised and offered are an
 * organisation's capacity, not people, so they are shown as they are.
 */
import { withholdSmallCounts, withholdSmallCountsInTable, type FigureRules, type FigureViewer } from '#hub/shared/small-counts';
import type { SupplyFigures } from './placement-supply';
import type { PlacementSupply } from '../types/figures';

type RawSupply = SupplyFigures & Pick<PlacementSupply, 'council' | 'academicYear'>;

const SUPPLY: FigureRules<RawSupply, 'allocatedStatutoryPlaces' | 'filledStatutoryPlaces'> = {
  counts: ['allocatedStatutoryPlaces', 'filledStatutoryPlaces'],
  complements: [{ whole: ['allocatedStatutoryPlaces'], part: 'filledStatutoryPlaces' }],
};

export function shownSupply(supply: RawSupply, exact: boolean): PlacementSupply {
  return withholdSmallCounts(supply, SUPPLY, exact);
}

/**
 * A partnership's total and its councils: the total is withheld too where it would give one
 * council's count away, counting the councils whose supply the viewer reads exactly as shown.
 */
export function shownPartnershipSupply(total: RawSupply, byCouncil: readonly RawSupply[], viewer: FigureViewer) {
  return withholdSmallCountsInTable(total, byCouncil, SUPPLY, ['allocatedStatutoryPlaces', 'filledStatutoryPlaces'], viewer);
}
