/** The workforce view's GraphQL: what it asks the hub for, also run by the benchmarks. */

export const WORKFORCE_QUERY = /* GraphQL */ `
  query Workforce($partnershipId: ID!, $censusYears: Int!) {
    partnership(id: $partnershipId) {
      councils {
        id
        name
        ofstedRating
        ofstedRatedOn
        workforceSnapshots(first: $censusYears) {
          nodes {
            censusDate
            agencyRate
            vacancyRate
            turnoverRate
            suppressed
          }
        }
      }
    }
  }
`;
