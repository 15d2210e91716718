/** The leadership view's GraphQL: what it asks the hub for, also run by the benchmarks. */
import { AGREEMENT_FIELDS, LEADERSHIP_FIELDS } from './fields';

export const LEADERSHIP_QUERY = /* GraphQL */ `
  query Leadership(
    $partnershipId: ID!
    $registrationYear: Int
    $academicYear: AcademicYear
    $everyCouncil: Boolean!
    $ownCouncilId: ID
    $ownCouncil: Boolean!
  ) {
    partnership(id: $partnershipId) {
      leadershipProgress(registrationYear: $registrationYear, academicYear: $academicYear) @include(if: $everyCouncil) {
        total { ${LEADERSHIP_FIELDS} }
        byCouncil { ${LEADERSHIP_FIELDS} }
      }
      leadershipAgreement(registrationYear: $registrationYear, academicYear: $academicYear) {
        academicYear
        registrationYear
        progress { ${AGREEMENT_FIELDS} }
      }
    }
    council(id: $ownCouncilId) @include(if: $ownCouncil) {
      leadershipProgress(partnershipId: $partnershipId, registrationYear: $registrationYear, academicYear: $academicYear) { ${LEADERSHIP_FIELDS} }
    }
  }
`;
