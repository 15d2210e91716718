// Stops the embedded PostgreSQL server that global-setup started, if it started one.
import fs from 'node:fs';

export default async function globalTeardown() {
  const embedded = globalThis.__embeddedPostgres;
  if (!embedded) return;
  await embedded.server.stop();
  fs.rmSync(embedded.tempDir, { recursive: true, force: true });
}
