/** The committed supergraph, at the top of the repository, that the gateway serves. */
import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '#hub/shared/repository-root';

export const SUPERGRAPH_PATH = path.join(repositoryRoot(__dirname), 'supergraph.graphql');

export function readCommittedSupergraph(): string {
  return fs.readFileSync(SUPERGRAPH_PATH, 'utf8');
}
