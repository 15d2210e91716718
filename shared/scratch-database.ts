/**
 * Throwaway databases on the same PostgreSQL server as a given URL: each test file and each
 * migration generation gets one of its own, so nothing shares rows.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDatabaseIfMissing } from './embedded-postgres';

export interface ScratchDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

export async function createScratchDatabase(serverUrl: string, prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const adminUrl = withDatabase(serverUrl, 'postgres');
  await createDatabaseIfMissing(adminUrl, name);
  return {
    url: withDatabase(serverUrl, name),
    async drop() {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
