/**
 * What a development token claims, from the arguments `npm run token` takes: `--role` (one or
 * more), councils as GSS codes, universities as UKPRNs, practitioners as SWE numbers (ids are kept
 * as they are), `--partnership demo` for the demo partnership, and `--lecturer` an id. The docs'
 * examples name their tokens the same way, and their tests read them with this.
 */
import { parseArgs } from 'node:util';
import { ROLES, type HubClaims, type Role } from '#hub/shared/auth';
import { isUuid } from '#hub/shared/input-checks';
import { naturalKeyId, type NaturalKeyKind } from '#hub/shared/natural-key-id';
import { DEMO_COUNCILS, DEMO_PARTNERSHIP_ID, DEMO_UNIVERSITY_ID } from '../subgraphs/demo-partnership';

export interface TokenRequest {
  readonly claims: HubClaims;
  readonly subject: string | undefined;
  readonly expires: string;
}

export function tokenRequest(args: readonly string[]): TokenRequest {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: {
      role: { type: 'string', multiple: true },
      council: { type: 'string', multiple: true },
      university: { type: 'string', multiple: true },
      partnership: { type: 'string', multiple: true },
      practitioner: { type: 'string' },
      lecturer: { type: 'string' },
      subject: { type: 'string' },
      expires: { type: 'string', default: '8h' },
    },
  });
  const roles = values.role ?? [];
  const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (roles.length === 0 || unknown.length > 0) {
    throw new Error(`Give --role one or more times, from: ${ROLES.join(', ')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`);
  }
  return {
    claims: {
      roles: roles as Role[],
      councils: (values.council ?? []).map((code) => idFor('council', code)),
      universities: (values.university ?? []).map((code) => idFor('university', code)),
      partnerships: (values.partnership ?? []).map((id) => (id === 'demo' ? DEMO_PARTNERSHIP_ID : id)),
      practitioner: values.practitioner ? idFor('practitioner', values.practitioner) : undefined,
      lecturer: values.lecturer,
    },
    subject: values.subject,
    expires: values.expires ?? '8h',
  };
}

/** A natural key (GSS code, UKPRN, SWE number) becomes its id; an id is kept as it is. */
function idFor(kind: NaturalKeyKind, value: string): string {
  return isUuid(value) ? value : naturalKeyId(kind, value);
}

/**
 * The organisations a token names that the demo partnership does not hold. The script signs
 * without asking the hub, so it cannot know what a running hub holds; it says which claims name
 * nothing in the demo, so a typo in a GSS code is not mistaken for an empty council.
 */
export function organisationsOutsideTheDemo(claims: HubClaims): string[] {
  const demoCouncils = new Set(DEMO_COUNCILS.map((council) => naturalKeyId('council', council.gssCode)));
  return [
    ...(claims.councils ?? []).filter((id) => !demoCouncils.has(id)).map((id) => `council ${id}`),
    ...(claims.universities ?? []).filter((id) => id !== DEMO_UNIVERSITY_ID).map((id) => `university ${id}`),
    ...(claims.partnerships ?? []).filter((id) => id !== DEMO_PARTNERSHIP_ID).map((id) => `partnership ${id}`),
  ];
}
