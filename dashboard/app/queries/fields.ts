/** Field lists that several views ask for, so each shows the same figures the same way. */

export const AGREEMENT_FIELDS = 'measure target actual expectedByNow met onTrack suppressed';

export const LEADERSHIP_FIELDS = /* GraphQL */ `
  council { id name }
  asOf
  pathways {
    pathway { id name }
    enrolled completedInAcademicYear withdrawnInAcademicYear suppressed
    stages { stage { id name } enrolled onTrack overdue paused suppressed }
  }
  asye { inProgress reviewsDueSoon reviewsOverdue suppressed period { name } }
  cpd { registrationYear practitioners compliant complianceRate suppressed }
  mentoring { activeRelationships hoursInAcademicYear suppressed period { name } }
`;
