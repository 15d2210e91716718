/**
 * The schema reference in docs/schema/, rendered from the committed supergraph: every query and
 * mutation, type, input and enum as the gateway serves them, with the descriptions the subgraphs
 * give. `npm run compose` writes it beside supergraph.graphql; a test fails when it is stale.
 */
import path from 'node:path';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLType,
} from 'graphql';
import { repositoryRoot } from '#hub/shared/repository-root';

export const SCHEMA_REFERENCE_DIR = path.join(repositoryRoot(__dirname), 'docs', 'schema');

type Page = 'operations' | 'types' | 'inputs' | 'enums';

const TITLES: Record<Page, string> = {
  operations: 'Queries and mutations',
  types: 'Object types and scalars',
  inputs: 'Input types',
  enums: 'Enums',
};

/** Federation's own machinery in the supergraph, which the gateway does not serve. */
const FEDERATION_INTERNAL = /^(join__|link__)/;

/** The reference's files by name (`operations.md` …), from a supergraph's SDL. */
export function renderSchemaReference(supergraphSdl: string): Record<string, string> {
  const schema = buildSchema(supergraphSdl, { assumeValidSDL: true });
  const types = Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__') && !FEDERATION_INTERNAL.test(type.name) && !isSpecifiedScalarType(type))
    .sort((a, b) => a.name.localeCompare(b.name));
  const roots = [schema.getQueryType(), schema.getMutationType()].filter((type) => type !== null && type !== undefined);
  const pageOf = (type: GraphQLNamedType): Page => {
    if (roots.includes(type as never)) return 'operations';
    if (isInputObjectType(type)) return 'inputs';
    if (isEnumType(type)) return 'enums';
    return 'types';
  };
  const link = (type: GraphQLType, from: Page): string => {
    const named = getNamedType(type);
    if (isSpecifiedScalarType(named)) return `\`${String(type)}\``;
    const target = pageOf(named) === from ? '' : `${pageOf(named)}.md`;
    return `[\`${String(type)}\`](${target}#${named.name.toLowerCase()})`;
  };
  const pages: Record<Page, string[]> = { operations: [], types: [], inputs: [], enums: [] };
  for (const type of [...roots, ...types.filter((type) => !roots.includes(type as never))]) {
    const page = pageOf(type!);
    pages[page].push(section(type!, page, link));
  }
  return Object.fromEntries(
    (Object.keys(pages) as Page[]).map((page) => [
      `${page}.md`,
      [`# ${TITLES[page]}`, '', 'Generated from `supergraph.graphql` by `npm run compose`; do not edit by hand.', '', ...pages[page]].join(
        '\n',
      ),
    ]),
  );
}

function section(type: GraphQLNamedType, page: Page, link: (type: GraphQLType, from: Page) => string): string {
  const lines = [`## ${type.name}`, '', text(type.description), ''];
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    lines.push('| Field | Type | Description |', '| --- | --- | --- |');
    for (const field of Object.values(type.getFields()) as (GraphQLField<unknown, unknown> | GraphQLInputField)[]) {
      const args = 'args' in field ? field.args : [];
      lines.push(
        `| \`${field.name}\` | ${link(field.type, page)} | ${cell([text(field.description), ...args.map((arg) => argument(arg, page, link))])} |`,
      );
    }
    lines.push('');
  } else if (isEnumType(type)) {
    lines.push('| Value | Description |', '| --- | --- |');
    for (const value of type.getValues()) lines.push(`| \`${value.name}\` | ${cell([text(value.description)])} |`);
    lines.push('');
  } else if (isUnionType(type)) {
    lines.push(
      `One of ${type
        .getTypes()
        .map((member) => link(member, page))
        .join(', ')}.`,
      '',
    );
  } else if (isScalarType(type)) {
    lines.push('A scalar.', '');
  }
  return lines.join('\n');
}

function argument(arg: GraphQLArgument, page: Page, link: (type: GraphQLType, from: Page) => string): string {
  return `\`${arg.name}\` (${link(arg.type, page)}): ${text(arg.description)}`;
}

function text(description: string | null | undefined): string {
  return (description ?? '').trim() || '_No description._';
}

/** One table cell: pipes escaped, lines joined with breaks so the table holds. */
function cell(parts: string[]): string {
  return parts
    .join('\n')
    .replace(/\|/g, '\\|')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('<br>');
}
