/**
 * The GraphQL examples in docs/ are files under docs/examples/<subgraph>/, and this test keeps them true. Each file
 * starts with comment lines: its purpose, `# token:` (the arguments of `npm run token`), and where needed
 * `# variables:` (JSON), `# after:` (an example whose answer it needs, run first) and `# variables-from:` (JSON:
 * variable path to the path of a value in that answer). Every example is run against the demo partnership on
 * 2 December 2026, when the demo has placements under way and every kind of record, and must answer data with no
 * errors and, for a mutation, no user errors. A document includes an example as `<!-- example: examples/… -->`
 * followed by a ```graphql block that must hold the file's operation exactly, and every file must be included.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import type { HubClaims } from '#hub/shared/auth';
import { repositoryRoot } from '#hub/shared/repository-root';
import { tokenRequest } from '../scripts/token-claims';
import { startTestHub, type TestHub } from './support/test-hub';

const ROOT = repositoryRoot(__dirname);
const DOCS = path.join(ROOT, 'docs');
const EXAMPLES = path.join(DOCS, 'examples');
const MARKER = /^<!-- example: (\S+) -->$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})\s*(\S*)/;
const HEADER_FIELDS = ['token', 'variables', 'after', 'variables-from'] as const;

interface Example {
  /** Its path under docs/examples, as `# after:` and the include markers (after `examples/`) name it. */
  readonly file: string;
  readonly purpose: string;
  readonly token: string;
  readonly claims: HubClaims;
  readonly variables: Record<string, unknown>;
  readonly after: string | null;
  readonly variablesFrom: Record<string, string>;
  /** The file without its comment header: what the documents show. */
  readonly operation: string;
  readonly mutation: boolean;
}

function filesUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(folder, entry.name)) : [path.join(folder, entry.name)]))
    .sort();
}

function relative(from: string, file: string): string {
  return path.relative(from, file).split(path.sep).join('/');
}

/** The claims `npm run token -- <args>` puts in its token, as scripts/token.ts builds them. */
function claimsFrom(args: string, file: string): HubClaims {
  try {
    return tokenRequest(args.split(/\s+/).filter(Boolean)).claims;
  } catch (error) {
    throw new Error(`${file}: "# token: ${args}": ${(error as Error).message}`);
  }
}

function readExample(absolute: string): Example {
  const file = relative(EXAMPLES, absolute);
  const lines = fs.readFileSync(absolute, 'utf8').split('\n');
  const header: string[] = [];
  while (lines.length > 0 && lines[0].startsWith('#')) header.push(lines.shift()!.replace(/^#\s?/, ''));
  const [purpose = '', ...rest] = header;
  const fields = new Map<string, string>();
  for (const line of rest) {
    const field = /^([a-z-]+):\s*(.*)$/.exec(line);
    if (!field || !(HEADER_FIELDS as readonly string[]).includes(field[1]) || fields.has(field[1])) {
      throw new Error(`${file}: cannot read the header line "# ${line}"; give each of ${HEADER_FIELDS.join(', ')} at most once`);
    }
    fields.set(field[1], field[2].trim());
  }
  const token = fields.get('token');
  if (!purpose || !token) throw new Error(`${file}: start with "# <purpose>" then "# token: <npm run token arguments>"`);
  const json = (name: string) => {
    try {
      return JSON.parse(fields.get(name) ?? '{}') as Record<string, any>;
    } catch (error) {
      throw new Error(`${file}: "# ${name}:" is not JSON: ${(error as Error).message}`);
    }
  };
  const variablesFrom = json('variables-from') as Record<string, string>;
  const after = fields.get('after') ?? null;
  if (Object.keys(variablesFrom).length > 0 && after === null) throw new Error(`${file}: "# variables-from:" needs "# after:"`);
  const operation = lines.join('\n').trim();
  const document = parse(operation);
  return {
    file,
    purpose,
    token,
    claims: claimsFrom(token, file),
    variables: json('variables'),
    after,
    variablesFrom,
    operation,
    mutation: document.definitions.some(
      (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation',
    ),
  };
}

/** The examples, each after the one it needs (`# after:`), otherwise by file name. */
function inRunningOrder(examples: Example[]): Example[] {
  const byFile = new Map(examples.map((example) => [example.file, example]));
  const ordered: Example[] = [];
  const visiting = new Set<string>();
  const visit = (example: Example): void => {
    if (ordered.includes(example)) return;
    if (visiting.has(example.file)) throw new Error(`${example.file}: its "# after:" lines go round in a circle`);
    visiting.add(example.file);
    if (example.after !== null) {
      const needed = byFile.get(example.after);
      if (!needed) throw new Error(`${example.file}: "# after: ${example.after}" names no file under docs/examples`);
      visit(needed);
    }
    visiting.delete(example.file);
    ordered.push(example);
  };
  examples.forEach(visit);
  return ordered;
}

function valueAt(root: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<any>((value, key) => (value === null || value === undefined ? undefined : value[key]), root);
}

function setAt(root: Record<string, any>, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  const parent = keys.slice(0, -1).reduce((object, key) => (object[key] ??= {}), root);
  parent[keys[keys.length - 1]] = value;
}

interface Block {
  readonly where: string;
  readonly language: string;
  readonly content: string;
  /** The example a marker just above names, relative to docs/. */
  readonly includes: string | null;
  /** Whether only blank lines stand between it and the block before. */
  readonly adjacent: boolean;
}

/** The fenced blocks of a markdown file, each with the include marker above it (blank lines between allowed). */
function fencedBlocks(markdownFile: string): { blocks: Block[]; strayMarkers: string[] } {
  const lines = fs.readFileSync(markdownFile, 'utf8').split('\n');
  const where = (index: number) => `${relative(ROOT, markdownFile)}:${index + 1}`;
  const blocks: Block[] = [];
  const strayMarkers: string[] = [];
  let pending: { target: string; index: number } | null = null;
  let adjacent = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const fence = FENCE.exec(line);
    if (fence) {
      const start = index;
      const body: string[] = [];
      for (index++; index < lines.length; index++) {
        const closing = FENCE.exec(lines[index]);
        if (closing && closing[1][0] === fence[1][0] && closing[1].length >= fence[1].length && closing[2] === '') break;
        body.push(lines[index]);
      }
      blocks.push({ where: where(start), language: fence[2], content: body.join('\n'), includes: pending?.target ?? null, adjacent });
      pending = null;
      adjacent = true;
      continue;
    }
    if (line.trim() === '') continue;
    adjacent = false;
    if (pending) strayMarkers.push(`${where(pending.index)}: ${pending.target}`);
    const marker = MARKER.exec(line.trim());
    pending = marker ? { target: marker[1], index } : null;
  }
  if (pending) strayMarkers.push(`${where(pending.index)}: ${pending.target}`);
  return { blocks, strayMarkers };
}

const examples = inRunningOrder(
  filesUnder(EXAMPLES)
    .filter((file) => file.endsWith('.graphql'))
    .map(readExample),
);
const documents = filesUnder(DOCS).filter((file) => file.endsWith('.md'));
const scanned = documents.map(fencedBlocks);
const blocks = scanned.flatMap((document) => document.blocks);
const included = blocks.filter((block): block is Block & { includes: string } => block.includes !== null);

/**
 * The json blocks right after an included example: its answer when the JSON has `data` (shown as the example gets it), its
 * variables otherwise (which must be the file's).
 */
const shownJson = blocks.flatMap((block, index) => {
  const next = blocks[index + 1];
  if (block.includes === null || !next?.adjacent || next.language !== 'json' || next.includes !== null) return [];
  const json = JSON.parse(next.content) as Record<string, unknown>;
  return [{ where: next.where, file: block.includes.replace(/^examples\//, ''), json, answer: 'data' in json }];
});

describe('the documentation’s GraphQL examples', () => {
  it('are files under docs/examples, included in the documents', () => {
    expect(examples.length).toBeGreaterThan(0);
    expect(included.length).toBeGreaterThanOrEqual(examples.length);
  });

  it('show in each document exactly the operation of the file they include', () => {
    const operations = new Map(examples.map((example) => [`examples/${example.file}`, example.operation]));
    const shown = included.map((block) => ({
      where: block.where,
      includes: block.includes,
      language: block.language,
      content: block.content,
    }));
    const expected = included.map((block) => ({
      where: block.where,
      includes: block.includes,
      language: 'graphql',
      content: operations.get(block.includes) ?? `(no file docs/${block.includes})`,
    }));
    expect(shown).toEqual(expected);
  });

  it('have an include marker only right above a graphql block', () => {
    expect(scanned.flatMap((document) => document.strayMarkers)).toEqual([]);
  });

  it('are each included by some document', () => {
    const includedFiles = new Set(included.map((block) => block.includes));
    const files = filesUnder(EXAMPLES).map((file) => `examples/${relative(EXAMPLES, file)}`);
    expect(files.filter((file) => !includedFiles.has(file))).toEqual([]);
  });

  it('leave no graphql block in the documents without the marker naming its file', () => {
    const unmarked = blocks.filter((block) => block.language === 'graphql' && block.includes === null).map((block) => block.where);
    expect(unmarked).toEqual([]);
  });

  it('give the file’s variables wherever a document shows them in a json block right after the example', () => {
    const byFile = new Map(examples.map((example) => [example.file, example]));
    const shown = shownJson.filter((json) => !json.answer);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.map(({ where, json }) => ({ where, variables: json }))).toEqual(
      shown.map(({ where, file }) => ({ where, variables: byFile.get(file)?.variables })),
    );
  });
});

describe('each GraphQL example of the documentation, run against the demo partnership on 2 December 2026', () => {
  let hub: TestHub;
  const answers = new Map<string, Record<string, any>>();

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true, env: { HUB_TODAY: '2026-12-02' } });
  });
  afterAll(() => hub.stop());

  it.each(examples.map((example) => [example.file, example] as const))(
    'answers %s with data and no errors, and no user errors from a mutation',
    async (file, example) => {
      const variables = structuredClone(example.variables);
      for (const [variable, source] of Object.entries(example.variablesFrom)) {
        const answer = answers.get(example.after!);
        if (!answer) throw new Error(`${file} needs the answer of ${example.after}, which did not answer`);
        const value = valueAt(answer, source);
        if (value === undefined || value === null) throw new Error(`${example.after} answered no ${source} for ${file}`);
        setAt(variables, variable, value);
      }
      const response = await hub.query(await hub.token(example.claims), example.operation, variables);
      expect(response.errors).toBeUndefined();
      const fields = Object.entries(response.data ?? {});
      expect(fields.length).toBeGreaterThan(0);
      expect(fields.filter(([, value]) => value === null).map(([name]) => name)).toEqual([]);
      if (example.mutation) {
        const userErrors = Object.fromEntries(fields.map(([name, payload]) => [name, (payload as { userErrors?: unknown }).userErrors]));
        expect(userErrors).toEqual(Object.fromEntries(fields.map(([name]) => [name, []])));
      }
      answers.set(file, response.data!);
    },
  );

  it('gives the answer a document shows in a json block right after an example', () => {
    const shown = shownJson.filter((json) => json.answer);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.map(({ where, json }) => ({ where, answer: json }))).toEqual(
      shown.map(({ where, file }) => ({ where, answer: { data: answers.get(file) } })),
    );
  });
});
