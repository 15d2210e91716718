/**
 * Data-subject requests through the running gateway, with the caller's own token:
 *   npm run data-subject -- export --practitioner SW100660 --out record.json --token-file token.txt
 *   npm run data-subject -- export --student <id> --token-file token.txt
 *   npm run data-subject -- erase --practitioner <id or SWE number> [--dry-run] --token "$TOKEN"
 * An export writes the one JSON document (readable by its owner only) or prints it. An erasure
 * first runs every subgraph's erasure as a dry run and stops, writing nothing, if any refuses;
 * then it runs them for real in the documented order, in one request. An id the caller does not
 * hold, or a person already erased, is refused by every subgraph alike, and the script says so.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '#hub/shared/config';
import { isUuid } from '#hub/shared/input-checks';
import { naturalKeyId } from '#hub/shared/natural-key-id';

const ERASURE = 'erasure { dryRun rowsAnonymised rowsDeleted } userErrors { field code message }';

/** Every subgraph's erasure, references first and the owner's record last. */
const ERASE = {
  practitioner: `mutation Erase($input: PractitionerDataErasureInput!) {
    leadership: practitionerDataEraseLeadership(input: $input) { ${ERASURE} }
    placements: practitionerDataErasePlacements(input: $input) { ${ERASURE} }
    universities: practitionerDataEraseUniversities(input: $input) { ${ERASURE} }
    councils: practitionerDataEraseCouncils(input: $input) { ${ERASURE} }
  }`,
  student: `mutation Erase($input: StudentDataErasureInput!) {
    placements: studentDataErasePlacements(input: $input) { ${ERASURE} }
    universities: studentDataEraseUniversities(input: $input) { ${ERASURE} }
  }`,
};

/** The one refusal for an id the caller does not hold, which is also every subgraph's answer once the person is erased. */
const NOT_HELD = new Set(['PRACTITIONER_NOT_FOUND', 'STUDENT_NOT_FOUND']);

const EXPORT = {
  practitioner: `query Export($id: ID!) { practitionerDataExport(id: $id) { id exportedAt councils universities placements leadership } }`,
  student: `query Export($id: ID!) { studentDataExport(id: $id) { id exportedAt universities placements } }`,
};

interface Payload {
  erasure: { dryRun: boolean; rowsAnonymised: number; rowsDeleted: number } | null;
  userErrors: { code: string; message: string }[];
}

type Kind = keyof typeof EXPORT;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      practitioner: { type: 'string' },
      student: { type: 'string' },
      out: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      token: { type: 'string' },
      'token-file': { type: 'string' },
      url: { type: 'string' },
    },
  });
  const [action] = positionals;
  if ((action !== 'export' && action !== 'erase') || positionals.length !== 1) {
    throw new Error('Say what to do: "export" or "erase", then --practitioner <id or SWE number> or --student <id>.');
  }
  const subject = subjectOf(values.practitioner, values.student);
  const send = client(values.url ?? defaultGatewayUrl(), tokenOf(values.token, values['token-file']));

  if (action === 'export') {
    const data = await send(EXPORT[subject.kind], { id: subject.id });
    const document = `${JSON.stringify(Object.values(data)[0], null, 2)}\n`;
    if (values.out) {
      // The document is personal data: only its owner may read the file, and an older export is never overwritten.
      writeFileSync(values.out, document, { mode: 0o600, flag: 'wx' });
      process.stderr.write(`Wrote the export of ${subject.kind} ${subject.id} to ${values.out}.\n`);
    } else process.stdout.write(document);
    return;
  }

  const check = (await send(ERASE[subject.kind], { input: { [`${subject.kind}Id`]: subject.id, dryRun: true } })) as Record<
    string,
    Payload
  >;
  const errors = Object.entries(check).flatMap(([subgraph, payload]) => payload.userErrors.map((error) => ({ subgraph, ...error })));
  if (errors.length > 0 && errors.every((error) => NOT_HELD.has(error.code))) {
    throw new Error(
      `Nothing was erased: no ${subject.kind} ${subject.id} is on the register of an organisation you administer (an unknown id, another organisation's, or one already erased).`,
    );
  }
  if (errors.length > 0) {
    const refusals = errors.map((error) => `${error.subgraph}: ${error.code}: ${error.message}`);
    throw new Error(`Nothing was erased. Resolve these first:\n  ${refusals.join('\n  ')}`);
  }
  const results = values['dry-run']
    ? check
    : ((await send(ERASE[subject.kind], { input: { [`${subject.kind}Id`]: subject.id, dryRun: false } })) as Record<string, Payload>);
  for (const [subgraph, payload] of Object.entries(results)) {
    if (!payload.erasure) {
      // Something changed since the dry run; the other subgraphs went ahead, and running again finishes the job.
      process.exitCode = 1;
      for (const error of payload.userErrors) process.stdout.write(`${subgraph}: refused: ${error.code}: ${error.message}\n`);
      continue;
    }
    const { dryRun, rowsAnonymised, rowsDeleted } = payload.erasure;
    process.stdout.write(
      `${subgraph}: ${rowsAnonymised} row(s) anonymised, ${rowsDeleted} deleted${dryRun ? ' (dry run: nothing written)' : ''}\n`,
    );
  }
}

function subjectOf(practitioner: string | undefined, student: string | undefined): { kind: Kind; id: string } {
  if (Boolean(practitioner) === Boolean(student)) throw new Error('Give exactly one of --practitioner and --student.');
  if (practitioner) return { kind: 'practitioner', id: isUuid(practitioner) ? practitioner : naturalKeyId('practitioner', practitioner) };
  if (!isUuid(student)) throw new Error(`--student must be a student id (a UUID); got "${student}".`);
  return { kind: 'student', id: student };
}

function tokenOf(token: string | undefined, tokenFile: string | undefined): string {
  if (Boolean(token) === Boolean(tokenFile)) {
    throw new Error('Give your token with --token <token> or --token-file <file> ("-" reads standard input).');
  }
  return (token ?? readFileSync(tokenFile === '-' ? 0 : tokenFile!, 'utf8')).trim();
}

function defaultGatewayUrl(): string {
  const config = loadConfig();
  return `http://${config.host}:${config.gatewayPort}/graphql`;
}

/** Sends one GraphQL request; any error stops the run, so no partial document or erasure goes unnoticed. */
function client(url: string, token: string) {
  return async (query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json().catch(() => null)) as {
      data?: Record<string, unknown> | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    } | null;
    if (!body) throw new Error(`The gateway at ${url} answered HTTP ${response.status} without a GraphQL response.`);
    if (body.errors?.length) {
      throw new Error(
        `The gateway refused: ${body.errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; ')}`,
      );
    }
    return body.data!;
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
