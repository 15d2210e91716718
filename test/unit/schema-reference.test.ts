/** The schema reference in docs/schema/ is the committed supergraph's, rendered: run `npm run compose` when this fails. */
import fs from 'node:fs';
import path from 'node:path';
import { renderSchemaReference, SCHEMA_REFERENCE_DIR } from '../../scripts/schema-reference';

const SUPERGRAPH = fs.readFileSync(path.resolve(__dirname, '../../supergraph.graphql'), 'utf8');

describe('the schema reference', () => {
  const rendered = renderSchemaReference(SUPERGRAPH);

  it.each(Object.keys(rendered))('has docs/schema/%s as the committed supergraph renders it', (name) => {
    expect(fs.readFileSync(path.join(SCHEMA_REFERENCE_DIR, name), 'utf8')).toBe(rendered[name]);
  });

  it('holds every query, mutation, type, input and enum, and no file besides', () => {
    expect(fs.readdirSync(SCHEMA_REFERENCE_DIR).sort()).toEqual(Object.keys(rendered).sort());
    expect(rendered['operations.md']).toContain('## Mutation');
    expect(rendered['operations.md']).toContain('| `partnership` |');
    expect(rendered['enums.md']).toContain('## PeriodKind');
    expect(rendered['types.md']).toContain('[`Council`](#council)');
  });
});
