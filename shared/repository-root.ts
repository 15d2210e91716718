/** The repository's top folder, the nearest above a file that holds package.json: the same from dist/ as from the sources. */
import fs from 'node:fs';
import path from 'node:path';

export function repositoryRoot(from: string): string {
  for (let folder = from; ; folder = path.dirname(folder)) {
    if (fs.existsSync(path.join(folder, 'package.json'))) return folder;
    if (path.dirname(folder) === folder) throw new Error(`No package.json above ${from}`);
  }
}
