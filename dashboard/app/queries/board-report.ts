/** The board report view's GraphQL: what it asks the hub for, also run by the benchmarks. */
import { LEADERSHIP_FIELDS } from './fields';

export const OVERDUE_FIELDS =
  'id practitioner { givenName familyName } pathway { name } stage { name } stageStartedOn expectedBy daysOverdue';

export const BOARD_REPORT_QUERY = /* GraphQL */ `
  query BoardReport(
    $partnershipId: ID!
    $councilId: ID!
    $registrationYear: Int
    $academicYear: AcademicYear
    $ownCouncil: Boolean!
    $partnershipAdmin: Boolean!
  ) {
    partnership(id: $partnershipId) {
      name
      leadershipProgress(registrationYear: $registrationYear, academicYear: $academicYear) @include(if: $partnershipAdmin) {
        byCouncil { ${LEADERSHIP_FIELDS} }
      }
      pathwayStagesOverdue(first: 100, councilId: $councilId) @include(if: $partnershipAdmin) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { ${OVERDUE_FIELDS} }
      }
    }
    council(id: $councilId) {
      name
      leadershipProgress(partnershipId: $partnershipId, registrationYear: $registrationYear, academicYear: $academicYear) @include(if: $ownCouncil) {
        ${LEADERSHIP_FIELDS}
      }
    }
  }
`;

export const ALL_OVERDUE_QUERY = /* GraphQL */ `
  query PathwayStagesOverdue($partnershipId: ID!, $councilId: ID!, $first: Int, $after: String) {
    partnership(id: $partnershipId) {
      pathwayStagesOverdue(first: $first, after: $after, councilId: $councilId) { pageInfo { hasNextPage endCursor } nodes { ${OVERDUE_FIELDS} } }
    }
  }
`;
