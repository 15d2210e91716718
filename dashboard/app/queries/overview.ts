/** The overview view's GraphQL: what it asks the hub for, also run by the benchmarks. */
import { AGREEMENT_FIELDS } from './fields';

export const STUDENT_DAYS_FIELDS = 'student { id } practiceDays { totalDays requiredDays daysToGo breaches { code } }';

export const FOLLOW_UP_FIELDS = 'id concern since level setting status council { name }';

export const OVERVIEW_QUERY = /* GraphQL */ `
  query PlacementsOverview($partnershipId: ID!, $academicYear: AcademicYear) {
    partnership(id: $partnershipId) {
      placementSupply(academicYear: $academicYear) {
        academicYear
        byCouncil { council { id name } committedStatutoryPlaces offeredStatutoryPlaces allocatedStatutoryPlaces shortfall suppressed }
        total { committedStatutoryPlaces offeredStatutoryPlaces allocatedStatutoryPlaces shortfall suppressed }
      }
      placementAgreement(academicYear: $academicYear) { progress { ${AGREEMENT_FIELDS} } }
      studentPracticeDays(first: 100) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { ${STUDENT_DAYS_FIELDS} }
      }
      placementsToFollowUp(first: 100, academicYear: $academicYear) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { ${FOLLOW_UP_FIELDS} }
      }
    }
  }
`;

export const ALL_STUDENT_DAYS_QUERY = /* GraphQL */ `
  query StudentPracticeDays($partnershipId: ID!, $first: Int, $after: String) {
    partnership(id: $partnershipId) {
      studentPracticeDays(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${STUDENT_DAYS_FIELDS} } }
    }
  }
`;

export const ALL_FOLLOW_UPS_QUERY = /* GraphQL */ `
  query PlacementsToFollowUp($partnershipId: ID!, $academicYear: AcademicYear, $first: Int, $after: String) {
    partnership(id: $partnershipId) {
      placementsToFollowUp(first: $first, after: $after, academicYear: $academicYear) { pageInfo { hasNextPage endCursor } nodes { ${FOLLOW_UP_FIELDS} } }
    }
  }
`;
