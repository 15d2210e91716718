/**
 * The dashboard's weight: each view's JavaScript (the page's entry, the view's own chunk and every
 * chunk they import) stays under 250 KB gzipped, and the page loads no script but its own.
 * Read from the build `npm test` makes first.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { WEB_BUNDLE } from '../gateway/src/web-pages';

const BUDGET_BYTES = 250 * 1024;
const ASSETS = path.join(WEB_BUNDLE, 'assets');

function chunk(name: string): string {
  return fs.readFileSync(path.join(ASSETS, name), 'utf8');
}

/** The chunks a chunk imports statically (`from "./x.js"`). */
function staticImports(code: string): string[] {
  return [...code.matchAll(/from\s*["'`]\.\/([\w.-]+\.js)["'`]/g)].map((match) => match[1]);
}

/** The chunk and everything it imports, however deep. */
function closure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const imported of staticImports(chunk(entry))) closure(imported, seen);
  return seen;
}

function gzipped(names: Iterable<string>): number {
  let bytes = 0;
  for (const name of names) bytes += zlib.gzipSync(chunk(name)).length;
  return bytes;
}

describe('the dashboard bundle', () => {
  const html = fs.readFileSync(path.join(WEB_BUNDLE, 'app', 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]* src="\/assets\/([\w.-]+\.js)"/.exec(html)![1];
  const onDemand = [...new Set([...chunk(entry).matchAll(/import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g)].map((match) => match[1]))];
  const moduleName = (file: string) => file.replace(/-[\w-]{8}\.js$/, '');
  const views = onDemand.filter((file) => moduleName(file) !== 'oidc-sign-in');

  it('loads each view, and the identity provider’s sign-in, on demand as a chunk of its own', () => {
    expect(onDemand.map(moduleName).sort()).toEqual([
      'board-report',
      'leadership',
      'oidc-sign-in',
      'overview',
      'shadowing',
      'teaching',
      'workforce',
    ]);
  });

  it.each(['board-report', 'leadership', 'overview', 'shadowing', 'teaching', 'workforce'])(
    'keeps the %s view under 250 KB of gzipped JavaScript',
    (view) => {
      const viewChunk = views.find((name) => name.startsWith(`${view}-`))!;
      const files = new Set([...closure(entry), ...closure(viewChunk)]);
      expect(gzipped(files)).toBeLessThan(BUDGET_BYTES);
    },
  );

  it('names no script from elsewhere', () => {
    expect(
      [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
        .map((match) => match[1])
        .filter((file) => !file.startsWith('/assets/') && file !== 'data:,'),
    ).toEqual([]);
  });
});
