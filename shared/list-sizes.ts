/**
 * How many items a list without paging arguments is costed at (query-cost.ts). Paged lists cost
 * their page; these lists are bounded by a rule of the domain, or assumed to be, so that nesting
 * them multiplies the estimate as it multiplies the answer. Where a rule caps the list, the size
 * is that cap; the rest are generous assumptions, and the answer-size limit (answer-size-limit.ts)
 * stops an answer that outgrows them while it runs.
 */

/** A list not named below. */
export const ASSUMED_LIST_SIZE = 20;

/** By schema coordinate (`Type.field`); a connection's `edges` and `nodes` are its page, costed on the connection. */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  // The gateway costed the lists that led to these entities; a direct caller's representations are
  // bounded by the body limit, and what they answer by the answer-size limit.
  'Query._entities': 1,
  // A teaching session names at most 20 facilitators and seats at most 500 (universities rules).
  'TeachingSession.lecturers': 20,
  'TeachingSession.practitioners': 20,
  'TeachingSession.attendingStudents': 500,
  'TeachingSession.attendingPractitioners': 500,
  // A pathway has at most 12 stages (leadership rules); an ASYE has four review points.
  'Pathway.stages': 12,
  'PathwayProgressFigures.stages': 12,
  'AsyeRecord.reviews': 4,
  // A regional partnership is a handful of councils (the largest about a dozen) and universities.
  'Partnership.councils': 16,
  'Partnership.universities': 10,
  'PartnershipLeadershipProgress.byCouncil': 16,
  'PartnershipPlacementSupply.byCouncil': 16,
  'PartnershipTeachingFigures.byCouncil': 16,
  'Council.partnerships': 10,
  'University.partnerships': 10,
  // The reference lists: the PCF's nine levels and nine domains, the KSS headings, the pathways.
  'Query.pcfLevels': 9,
  'Query.pcfDomains': 9,
  'Query.kssStandards': 50,
  'Query.pathways': 20,
  'LeadershipProgress.pathways': 10,
  // A pathway stage is mapped to a few KSS headings.
  'PathwayStage.kssStandards': 10,
  // One person's records.
  'Practitioner.cpd': 50,
  'MentoringRelationship.sessions': 50,
  'TeachingContributions.sessions': 50,
  'Council.practiceEducators': 50,
  'Council.outstandingQaplReviews': 50,
};

/** Every refusal of a mutation names a field of its input; a payload lists them all at once. */
export const USER_ERRORS_SIZE = 10;

export function listSizeOf(parentType: string, field: string): number {
  if (parentType.endsWith('Connection')) return 1;
  if (field === 'userErrors') return USER_ERRORS_SIZE;
  return LIST_SIZES[`${parentType}.${field}`] ?? ASSUMED_LIST_SIZE;
}
