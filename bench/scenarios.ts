/**
 * What the benchmarks ask the hub: each dashboard view's query exactly as the page sends it
 * (dashboard/app/queries), the heavy list queries, a query that reaches all four subgraphs, and a
 * mix of writes. Each request is made for one of the scaled partnerships in turn, by a person of
 * that partnership with a token of their own.
 */
import type { HubClaims } from '#hub/shared/auth';
import { BOARD_REPORT_QUERY } from '../dashboard/app/queries/board-report';
import { LEADERSHIP_QUERY } from '../dashboard/app/queries/leadership';
import { OVERVIEW_QUERY } from '../dashboard/app/queries/overview';
import { SHADOWING_QUERY } from '../dashboard/app/queries/shadowing';
import { TEACHING_QUERY } from '../dashboard/app/queries/teaching';
import { WORKFORCE_QUERY } from '../dashboard/app/queries/workforce';
import type { ScaledPartnership } from './scale-data';

/** Rows of one partnership that writes need: whom to record CPD for, which enrolments to sign off. */
export interface PartnershipRecords {
  readonly practitioners: readonly { readonly id: string; readonly councilId: string }[];
  readonly activeEnrolments: readonly { readonly id: string; readonly councilId: string }[];
}

export interface BenchRequest {
  readonly claims: HubClaims;
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

export interface Scenario {
  readonly name: string;
  readonly kind: 'read' | 'write';
  /** The request for the n-th call, made for `partnership`. */
  request(partnership: ScaledPartnership, records: PartnershipRecords, n: number, today: string): BenchRequest;
  /** The subgraph that answers the whole query on its own, when one does: it is then also called directly. */
  readonly wholeSubgraph?: string;
  /** Whether the hand-written reference server answers the same question. */
  readonly reference?: boolean;
}

const partnershipAdmin = (partnership: ScaledPartnership): HubClaims => ({
  roles: ['partnership_admin'],
  partnerships: [partnership.partnershipId],
});
const councilAdmin = (councilId: string, partnership: ScaledPartnership): HubClaims => ({
  roles: ['council_admin'],
  councils: [councilId],
  partnerships: [partnership.partnershipId],
});
const universityAdmin = (partnership: ScaledPartnership): HubClaims => ({
  roles: ['university_admin'],
  universities: [partnership.universityIds[0]],
});
const nth = <T>(items: readonly T[], n: number): T => items[n % items.length];

const FAN_OUT = `query FanOut($id: ID!) { partnership(id: $id) {
  councils { name headcount { inPost agencyRate suppressed } }
  placementSupply { total { committedStatutoryPlaces allocatedStatutoryPlaces shortfall } }
  teaching { sessions coDeliveredShare }
  leadershipProgress { total { asye { inProgress reviewsOverdue } cpd { complianceRate } } }
} }`;

const SIGN_OFF = `mutation SignOff($input: PathwayStageSignOffInput!) {
  pathwayEnrolmentSignOffStage(input: $input) { enrolment { id currentPosition status } userErrors { field code message } } }`;
const CPD_RECORD = `mutation RecordCpd($input: CpdRecordAddInput!) {
  cpdRecordAdd(input: $input) { cpdRecord { id } userErrors { field code message } } }`;

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'Placements overview view',
    kind: 'read',
    request: (partnership) => ({
      claims: partnershipAdmin(partnership),
      query: OVERVIEW_QUERY,
      variables: { partnershipId: partnership.partnershipId },
    }),
  },
  {
    name: 'Teaching and practice view',
    kind: 'read',
    request: (partnership) => ({
      claims: partnershipAdmin(partnership),
      query: TEACHING_QUERY,
      variables: { partnershipId: partnership.partnershipId },
    }),
  },
  {
    name: 'Leadership view',
    kind: 'read',
    request: (partnership) => ({
      claims: partnershipAdmin(partnership),
      query: LEADERSHIP_QUERY,
      variables: { partnershipId: partnership.partnershipId, everyCouncil: true, ownCouncil: false, ownCouncilId: null },
    }),
  },
  {
    name: 'Workforce view',
    kind: 'read',
    request: (partnership) => ({
      claims: partnershipAdmin(partnership),
      query: WORKFORCE_QUERY,
      variables: { partnershipId: partnership.partnershipId, censusYears: 3 },
    }),
  },
  {
    name: 'Lecturer shadowing view (university admin)',
    kind: 'read',
    request: (partnership) => ({
      claims: universityAdmin(partnership),
      query: SHADOWING_QUERY,
      variables: { universityId: partnership.universityIds[0], councilId: null, status: null, asUniversity: true },
    }),
  },
  {
    name: 'A council’s leadership report (council admin)',
    kind: 'read',
    request: (partnership, _records, n) => {
      const councilId = nth(partnership.councilIds, n);
      return {
        claims: councilAdmin(councilId, partnership),
        query: BOARD_REPORT_QUERY,
        variables: { partnershipId: partnership.partnershipId, councilId, ownCouncil: true, partnershipAdmin: false },
      };
    },
  },
  {
    name: 'One page of 100 practitioners',
    kind: 'read',
    wholeSubgraph: 'councils',
    reference: true,
    request: (partnership) => ({
      claims: partnershipAdmin(partnership),
      query: '{ practitioners(first: 100) { totalCount nodes { sweNumber familyName council { name } team { name } } } }',
      variables: {},
    }),
  },
  {
    name: '7 councils, their teams and practitioners',
    kind: 'read',
    wholeSubgraph: 'councils',
    // The partnership's own councils: the register lists every partnership's, whose staff this admin may not see.
    request: (partnership) => ({
      claims: partnershipAdmin(partnership),
      query: `query ($id: ID!) { councils(first: 7, filter: { partnershipId: $id }) { nodes { name teams(first: 10) { nodes { name
        practitioners(first: 50) { totalCount nodes { sweNumber familyName team { name } } } } } } } }`,
      variables: { id: partnership.partnershipId },
    }),
  },
  {
    name: 'Fan-out across the four subgraphs',
    kind: 'read',
    request: (partnership) => ({ claims: partnershipAdmin(partnership), query: FAN_OUT, variables: { id: partnership.partnershipId } }),
  },
  {
    name: 'Writes: CPD records and pathway sign-offs (council admins)',
    kind: 'write',
    request: (partnership, records, n, today) => {
      if (n % 2 === 0 || records.activeEnrolments.length === 0) {
        const practitioner = nth(records.practitioners, n);
        return {
          claims: councilAdmin(practitioner.councilId, partnership),
          query: CPD_RECORD,
          variables: {
            input: {
              practitionerId: practitioner.id,
              councilId: practitioner.councilId,
              type: 'COURSE',
              title: 'Benchmark course',
              completedOn: today,
              hours: 2,
              learning: 'Recorded by the benchmark.',
              impact: 'None: a benchmark row.',
              peerReflectionSetting: 'GROUP_SUPERVISION',
            },
          },
        };
      }
      const enrolment = nth(records.activeEnrolments, n >> 1);
      return {
        claims: councilAdmin(enrolment.councilId, partnership),
        query: SIGN_OFF,
        variables: { input: { id: enrolment.id, signedOffOn: today, evidenceNote: 'Signed off by the benchmark.' } },
      };
    },
  },
];
