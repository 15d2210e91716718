/**
 * Supply figures as a viewer sees them: exact for the admins of the council or partnership they
 * describe; elsewhere the counts of students are withheld from 1 to 4. Places promised and
 * offered are an organisation's capacity, not people, so they are shown as they are.
 */
import { withholdSmallCounts, withholdSmallCountsInTable, type FigureRules } from '../../../../shared/small-counts';
import type { SupplyFigures } from '../rules/placement-supply';
import type { PlacementSupply } from '../types/figures';

type RawSupply = SupplyFigures & Pick<PlacementSupply, 'council' | 'academicYear'>;

const SUPPLY: FigureRules<RawSupply, 'allocatedStatutoryPlaces' | 'filledStatutoryPlaces'> = {
  counts: ['allocatedStatutoryPlaces', 'filledStatutoryPlaces'],
};

export function shownSupply(supply: RawSupply, exact: boolean): PlacementSupply {
  return withholdSmallCounts(supply, SUPPLY, exact);
}

/** A partnership's total and its councils: the total is withheld too where it would give one council's count away. */
export function shownPartnershipSupply(total: RawSupply, byCouncil: readonly RawSupply[], exact: boolean) {
  return withholdSmallCountsInTable(total, byCouncil, SUPPLY, ['allocatedStatutoryPlaces', 'filledStatutoryPlaces'], exact);
}
