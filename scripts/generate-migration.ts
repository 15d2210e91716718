/**
 * Writes a migration for the difference between a subgraph's entities and its migrations so
 * far: `npm run migration:generate -- <subgraph> <Name>`. It works on a scratch database, so
 * your data is never touched. Review the file, then list it in the subgraph's migrations/index.ts.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '#hub/shared/config';
import { openSubgraphDatabase, resolveDatabase } from '#hub/shared/database';
import { createLogger } from '#hub/shared/logger';
import { createScratchDatabase } from '#hub/shared/scratch-database';
import { loadSubgraph } from '../subgraphs/load-subgraph';

async function main(): Promise<void> {
  const [subgraphName, migrationName] = process.argv.slice(2);
  if (!subgraphName || !migrationName || !/^[A-Z][A-Za-z0-9]+$/.test(migrationName)) {
    throw new Error('Usage: npm run migration:generate -- <subgraph> <PascalCaseName>');
  }
  const config = loadConfig();
  const log = createLogger('generate-migration', 'warn');
  const definition = loadSubgraph(subgraphName);
  const server = await resolveDatabase(config, log);
  const scratch = await createScratchDatabase(server.url, 'hub_migration');
  try {
    const database = await openSubgraphDatabase({
      url: scratch.url,
      schema: definition.name,
      entities: definition.entities,
      migrations: definition.migrations,
      log,
    });
    const sql = await database.dataSource.driver.createSchemaBuilder().log();
    await database.close();
    if (sql.upQueries.length === 0) {
      process.stdout.write('Entities and migrations already agree: nothing to generate.\n');
      return;
    }
    const timestamp = Date.now();
    const className = `${migrationName}${timestamp}`;
    const statements = (queries: { query: string }[]) =>
      queries
        .map((query) => `    await queryRunner.query(\`${query.query.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${')}\`);`)
        .join('\n');
    const source = [
      "import type { MigrationInterface, QueryRunner } from 'typeorm';",
      '',
      `export class ${className} implements MigrationInterface {`,
      `  name = '${className}';`,
      '',
      '  async up(queryRunner: QueryRunner): Promise<void> {',
      statements(sql.upQueries),
      '  }',
      '',
      '  async down(queryRunner: QueryRunner): Promise<void> {',
      statements([...sql.downQueries].reverse()),
      '  }',
      '}',
      '',
    ].join('\n');
    const file = path.resolve('subgraphs', subgraphName, 'src', 'migrations', `${timestamp}-${migrationName}.ts`);
    fs.writeFileSync(file, source);
    process.stdout.write(`Wrote ${path.relative(process.cwd(), file)}; add ${className} to the subgraph's migrations/index.ts.\n`);
  } finally {
    await scratch.drop();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
