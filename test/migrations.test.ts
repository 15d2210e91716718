import 'reflect-metadata';
import { openSubgraphDatabase } from '#hub/shared/database';
import { createLogger } from '#hub/shared/logger';
import { createScratchDatabase, type ScratchDatabase } from '#hub/shared/scratch-database';
import { subgraphRegistry } from '#hub/shared/subgraph-registry';
import { loadSubgraph } from '../subgraphs/load-subgraph';

describe.each(subgraphRegistry.map((entry) => entry.name))('the %s subgraph migrations', (name) => {
  let scratch: ScratchDatabase;
  const definition = loadSubgraph(name);
  const open = () =>
    openSubgraphDatabase({
      url: scratch.url,
      schema: name,
      entities: definition.entities,
      migrations: definition.migrations,
      log: createLogger('test', 'silent'),
    });

  beforeAll(async () => {
    scratch = await createScratchDatabase(process.env.TEST_DATABASE_SERVER_URL!, 'hub_migrations');
  });
  afterAll(() => scratch.drop());

  it('create exactly the tables the entities describe', async () => {
    const database = await open();
    const pending = await database.dataSource.driver.createSchemaBuilder().log();
    await database.close();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('apply once: opening again runs nothing new', async () => {
    const database = await open();
    expect(await database.dataSource.showMigrations()).toBe(false);
    await database.close();
  });

  it('undo cleanly, leaving no tables behind', async () => {
    const database = await open();
    for (let step = 0; step < definition.migrations.length; step += 1) await database.dataSource.undoLastMigration();
    const tables = await database.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name <> 'migrations'`,
      [name],
    );
    await database.close();
    expect(tables).toEqual([]);
  });
});
