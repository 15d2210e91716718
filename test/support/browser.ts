/**
 * Real headless Chromium for the browser tests, from the machine's packages (Debian `chromium`),
 * driven by playwright-core. `CHROMIUM_PATH` names another binary. When none is installed the
 * browser tests are skipped with a message saying how to install it; CI installs it first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { repositoryRoot } from '#hub/shared/repository-root';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const chromiumPath: string | null =
  [process.env.CHROMIUM_PATH, ...CANDIDATES].find((candidate): candidate is string => Boolean(candidate) && fs.existsSync(candidate!)) ??
  null;

/** `describe` when Chromium is here, else `describe.skip`, saying why once. */
export function describeInBrowser(name: string, tests: () => void): void {
  if (chromiumPath) return describe(name, tests);
  // The one place a skipped suite says why.
  console.warn(`Skipping "${name}": no Chromium found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  describe.skip(name, tests);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath!,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Where the browser tests save their screenshots: git-ignored. */
export function artifactPath(file: string): string {
  const folder = path.join(repositoryRoot(__dirname), 'test', 'artifacts');
  fs.mkdirSync(folder, { recursive: true });
  return path.join(folder, file);
}
