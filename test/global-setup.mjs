// Chooses the PostgreSQL server the tests use: DATABASE_URL when set (CI: the machine's
// PostgreSQL), otherwise an embedded PostgreSQL started here in a temporary directory, the same
// way the hub starts its own (`npm test` builds dist/ first). Test files read
// TEST_DATABASE_SERVER_URL and make their own databases on that server.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import embedded from '../dist/shared/embedded-postgres.js';

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnership-hub-test-pg-'));
  const port = await freePort();
  const server = await embedded.launchEmbeddedServer({ databaseDir: path.join(tempDir, 'postgres'), port, persistent: false });
  globalThis.__embeddedPostgres = { server, tempDir };
  process.env.TEST_DATABASE_SERVER_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
