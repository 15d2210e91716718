/** The shadowing view's GraphQL: what it asks the hub for, also run by the benchmarks. */

export const VISIT_FIELDS =
  'id status kind visitOn plannedHours hours purpose decisionReason learningSummary lecturer { givenName familyName } council { name } university { name }';

export const SHADOWING_QUERY = /* GraphQL */ `
  query Shadowing($universityId: ID, $councilId: ID, $status: ShadowingStatus, $asUniversity: Boolean!) {
    visits: shadowingVisits(filter: { universityId: $universityId, councilId: $councilId, status: $status }, first: 100) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ${VISIT_FIELDS} }
    }
    requested: shadowingVisits(filter: { universityId: $universityId, councilId: $councilId, status: REQUESTED }, first: 1) { totalCount }
    approved: shadowingVisits(filter: { universityId: $universityId, councilId: $councilId, status: APPROVED }, first: 1) { totalCount }
    declined: shadowingVisits(filter: { universityId: $universityId, councilId: $councilId, status: DECLINED }, first: 1) { totalCount }
    completed: shadowingVisits(filter: { universityId: $universityId, councilId: $councilId, status: COMPLETED }, first: 1) { totalCount }
    cancelled: shadowingVisits(filter: { universityId: $universityId, councilId: $councilId, status: CANCELLED }, first: 1) { totalCount }
    lecturers(filter: { universityId: $universityId }, first: 100) @include(if: $asUniversity) { nodes { id givenName familyName } }
  }
`;

export const ALL_VISITS_QUERY = /* GraphQL */ `
  query ShadowingVisits($universityId: ID, $councilId: ID, $status: ShadowingStatus, $first: Int, $after: String) {
    visits: shadowingVisits(filter: { universityId: $universityId, councilId: $councilId, status: $status }, first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${VISIT_FIELDS} } }
  }
`;
