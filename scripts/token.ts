/**
 * Mints a development token signed with the configured JWT_SECRET:
 *   npm run token -- --role council_admin --council E08000025
 *   npm run token -- --role partnership_admin --partnership demo
 *   npm run token -- --role practitioner --practitioner SW100003 --council E08000025
 * Councils may be given as GSS codes, practitioners as SWE numbers, universities as UKPRNs;
 * "--partnership demo" names the demo partnership. Prints the token only.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ROLES, signHubToken, type HubClaims, type Role } from '#hub/shared/auth';
import { loadConfig } from '#hub/shared/config';
import { isUuid } from '#hub/shared/input-checks';
import { naturalKeyId, type NaturalKeyKind } from '#hub/shared/natural-key-id';
import { DEMO_PARTNERSHIP_ID } from '../subgraphs/demo-partnership';

async function main(): Promise<void> {
  const { values } = parseArgs({
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
  const claims: HubClaims = {
    roles: roles as Role[],
    councils: (values.council ?? []).map((code) => idFor('council', code)),
    universities: (values.university ?? []).map((code) => idFor('university', code)),
    partnerships: (values.partnership ?? []).map((id) => (id === 'demo' ? DEMO_PARTNERSHIP_ID : id)),
    practitioner: values.practitioner ? idFor('practitioner', values.practitioner) : undefined,
    lecturer: values.lecturer,
  };
  const token = await signHubToken(loadConfig(), values.subject ?? `dev-${roles.join('+')}`, claims, values.expires);
  process.stdout.write(`${token}\n`);
}

/** A natural key (GSS code, UKPRN, SWE number) becomes its id; an id is kept as it is. */
function idFor(kind: NaturalKeyKind, value: string): string {
  return isUuid(value) ? value : naturalKeyId(kind, value);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
