/**
 * The lock that keeps two `npm start`s off one data folder: `<data dir>/launcher.lock` holds the
 * running launcher's pid. A second launcher refuses while that pid is alive; a lock left by a
 * launcher that died without cleaning up (kill -9) is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LaunchRefused } from './launch-refused';
import { isProcessAlive } from './process-alive';

export interface LauncherLock {
  readonly file: string;
  release(): void;
}

export function claimLauncherLock(dataDir: string): LauncherLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'launcher.lock');
  // Two tries: the second follows the removal of a stale lock.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return { file, release: () => releaseIfOurs(file) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = lockHolder(file);
    if (holder !== null && isProcessAlive(holder)) {
      throw new LaunchRefused(
        `Another Partnership Hub launcher (pid ${holder}) is running from ${dataDir} (lock file ${file}). ` +
          `Stop it first (Ctrl-C in its terminal, or kill ${holder}), or give this one its own HUB_DATA_DIR.`,
      );
    }
    fs.rmSync(file, { force: true });
  }
  throw new LaunchRefused(`Another launcher claimed ${file} at the same moment; try again.`);
}

function releaseIfOurs(file: string): void {
  if (lockHolder(file) === process.pid) fs.rmSync(file, { force: true });
}

function lockHolder(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}
