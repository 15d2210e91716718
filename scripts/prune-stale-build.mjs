// After an incremental tsc build: removes compiled files whose TypeScript source is gone, so a
// deleted or renamed test or module does not live on in dist/ (jest runs the integration tests there).
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');
const OUTPUTS = /\.(js|js\.map|d\.ts)$/;

function prune(directory) {
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      prune(full);
      if (fs.readdirSync(full).length === 0) fs.rmdirSync(full);
    } else if (OUTPUTS.test(entry.name)) {
      const source = path.join(root, path.relative(dist, full)).replace(OUTPUTS, '.ts');
      if (!fs.existsSync(source)) fs.rmSync(full);
    }
  }
}

if (fs.existsSync(dist)) prune(dist);
