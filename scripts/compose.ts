/** `npm run compose`: writes supergraph.graphql from the subgraphs' schemas. Commit the result. */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { composeSupergraph } from '../gateway/src/compose-supergraph';
import { SUPERGRAPH_PATH } from '../gateway/src/supergraph-file';

composeSupergraph().then(
  (supergraph) => {
    fs.writeFileSync(SUPERGRAPH_PATH, supergraph);
    process.stdout.write(`Wrote ${path.relative(process.cwd(), SUPERGRAPH_PATH)}\n`);
  },
  (error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  },
);
