/** The teaching view's GraphQL: what it asks the hub for, also run by the benchmarks. */
import { AGREEMENT_FIELDS } from './fields';

export const TEACHING_QUERY = /* GraphQL */ `
  query TeachingAndPractice($partnershipId: ID!, $academicYear: AcademicYear) {
    partnership(id: $partnershipId) {
      teaching(academicYear: $academicYear) {
        academicYear
        byMonth { month sessions coDeliveredShare suppressed byKind { kind sessions suppressed } }
        byCouncil {
          council { id name }
          practitionerTeaching { practitioners hours suppressed }
          shadowing { lecturerDaysInPractice suppressed }
        }
      }
      teachingAgreement(academicYear: $academicYear) { progress { ${AGREEMENT_FIELDS} } }
    }
  }
`;
