/** `npm run compose`: writes supergraph.graphql from the subgraphs' schemas, and the schema reference in docs/schema/ from it. Commit both. */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { composeSupergraph } from './compose-supergraph';
import { SUPERGRAPH_PATH } from '../gateway/src/supergraph-file';
import { renderSchemaReference, SCHEMA_REFERENCE_DIR } from './schema-reference';

composeSupergraph().then(
  (supergraph) => {
    fs.writeFileSync(SUPERGRAPH_PATH, supergraph);
    process.stdout.write(`Wrote ${path.relative(process.cwd(), SUPERGRAPH_PATH)}\n`);
    fs.mkdirSync(SCHEMA_REFERENCE_DIR, { recursive: true });
    for (const [name, markdown] of Object.entries(renderSchemaReference(supergraph))) {
      fs.writeFileSync(path.join(SCHEMA_REFERENCE_DIR, name), markdown);
    }
    process.stdout.write(`Wrote ${path.relative(process.cwd(), SCHEMA_REFERENCE_DIR)}/\n`);
  },
  (error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  },
);
