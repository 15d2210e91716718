/**
 * `npm run lint` runs this after the type check. Besides typescript-eslint's recommended rules it
 * keeps the hub's layers apart (see docs/contributing.md#boundaries): `shared/` is the foundation
 * and imports nothing above it, each subgraph stands alone, and the gateway reaches the subgraphs
 * only over HTTP. Composition, which needs every subgraph's code, lives in `scripts/`.
 */
import fs from 'node:fs';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const subgraphFolders = fs
  .readdirSync(new URL('subgraphs/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Each subgraph folder against every other: the files directly in `subgraphs/` are theirs to share. */
const subgraphZones = subgraphFolders.flatMap((name) =>
  subgraphFolders
    .filter((other) => other !== name)
    .map((other) => ({
      target: `./subgraphs/${name}`,
      from: `./subgraphs/${other}`,
      message: 'A subgraph does not import another subgraph: ask it over GraphQL (shared/peer-query.ts).',
    })),
);

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'docs/', 'bench/results/'] },
  tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      // import-x reads only the files it knows the extension and parser of: without these it sees no .ts file's imports.
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      // The TypeScript resolver reads tsconfig.json's paths, so `#hub/shared/…` leads to the source, not the build.
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.json' }),
        createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      curly: ['error', 'multi-line'],
      // `const { exportedAt, ...rest } = row` is how the code drops a field from a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './shared',
              from: ['./subgraphs', './gateway', './scripts', './test'],
              message: 'shared/ is what the subgraphs and the gateway build on, so it imports none of them.',
            },
            ...subgraphZones,
            { target: './subgraphs', from: './gateway', message: 'A subgraph does not depend on the gateway.' },
            { target: './gateway', from: './subgraphs', message: 'The gateway reaches the subgraphs over HTTP, not by importing them.' },
          ],
        },
      ],
    },
  },
  {
    // Tests read GraphQL response JSON, whose shape is the schema's rather than a TypeScript type.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The package has no "type": "module", so its plain .js files are CommonJS.
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
