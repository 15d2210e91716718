/**
 * Keeps the documentation navigable: every relative link in README.md and docs/ must reach a file that
 * exists, every `#anchor` must name a heading there (by GitHub's slug rules), every file under docs/
 * must be linked from somewhere, and README.md must stay short enough to read as a front page.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const README_MAX_BYTES = 11_000;

interface Link {
  from: string;
  line: number;
  target: string;
}

function markdownFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return entry.name.endsWith('.md') ? [full] : [];
  });
}

function relative(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join('/');
}

/** The lines outside fenced code blocks, with the lines inside blanked so that line numbers still hold. */
function withoutFences(markdown: string): string {
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence !== null) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
        return '';
      }
      if (marker) fence = marker;
      return marker ? '' : line;
    })
    .join('\n');
}

/** Inline code spans overwritten with `x`, so that a `[a](b)` written as code is not taken for a link. */
function withoutCodeSpans(text: string): string {
  return text.replace(/(`+)(.+?)\1/g, (span) => 'x'.repeat(span.length));
}

/** GitHub's heading ids: lower case, punctuation other than hyphens and underscores dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors a markdown file's headings get, with -1, -2, … for repeats, as GitHub numbers them. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const line of withoutFences(markdown).split('\n')) {
    const heading = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (!heading) continue;
    const base = slug(heading[1]);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

/** Inline links `[text](target)` and reference definitions `[name]: target`, outside code. */
function links(markdown: string): { line: number; target: string }[] {
  const text = withoutCodeSpans(withoutFences(markdown));
  const found: { index: number; target: string }[] = [];
  for (const match of text.matchAll(/\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    found.push({ index: match.index ?? 0, target: match[1] });
  }
  for (const match of text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) {
    found.push({ index: match.index ?? 0, target: match[1] });
  }
  return found.map(({ index, target }) => ({ line: text.slice(0, index).split('\n').length, target }));
}

function isExternal(target: string): boolean {
  return /^(https?:|mailto:)/i.test(target);
}

/** The file a link reaches: a folder stands for its README.md, as GitHub shows it. */
function resolve(from: string, target: string): { file: string; anchor: string | null } {
  const hash = target.indexOf('#');
  const filePart = hash === -1 ? target : target.slice(0, hash);
  const anchor = hash === -1 ? null : decodeURIComponent(target.slice(hash + 1));
  let file = filePart === '' ? from : path.resolve(path.dirname(from), decodeURIComponent(filePart));
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'README.md');
  return { file, anchor };
}

const README = path.join(ROOT, 'README.md');
const DOCS = path.join(ROOT, 'docs');
const documents = [README, ...markdownFiles(DOCS)];
const relativeLinks: Link[] = documents.flatMap((file) =>
  links(fs.readFileSync(file, 'utf8'))
    .filter((link) => !isExternal(link.target))
    .map((link) => ({ from: file, ...link })),
);

function where(link: Link): string {
  return `${relative(link.from)}:${link.line}: (${link.target})`;
}

function brokenFiles(list: Link[]): string[] {
  return list.filter((link) => !fs.existsSync(resolve(link.from, link.target).file)).map(where);
}

function brokenAnchors(list: Link[]): string[] {
  const cache = new Map<string, Set<string>>();
  return list
    .filter((link) => {
      const { file, anchor } = resolve(link.from, link.target);
      if (anchor === null || !file.endsWith('.md') || !fs.existsSync(file)) return false;
      if (!cache.has(file)) cache.set(file, anchors(fs.readFileSync(file, 'utf8')));
      return !cache.get(file)?.has(anchor);
    })
    .map(where);
}

describe('the documentation', () => {
  it('has a README.md of at most 11,000 bytes', () => {
    expect(fs.statSync(README).size).toBeLessThanOrEqual(README_MAX_BYTES);
  });

  it('finds the relative links it is meant to check', () => {
    expect(relativeLinks.some((link) => link.from === README && link.target.startsWith('docs/'))).toBe(true);
    expect(documents.length).toBeGreaterThan(1);
  });

  it('links only to files that exist, relative to the linking file', () => {
    expect(brokenFiles(relativeLinks)).toEqual([]);
  });

  it('links only to anchors that name a heading in the target file', () => {
    expect(brokenAnchors(relativeLinks)).toEqual([]);
  });

  it('links every file under docs/ from README.md or from another document', () => {
    const linked = new Set(
      relativeLinks.flatMap((link) => {
        const { file } = resolve(link.from, link.target);
        return file === link.from ? [] : [file];
      }),
    );
    const orphans = documents.filter((file) => file !== README && !linked.has(file)).map(relative);
    expect(orphans).toEqual([]);
  });
});

describe('the link checker', () => {
  it('makes anchors by GitHub’s rules, numbering repeated headings', () => {
    const markdown = [
      '# Partnership Hub',
      '## Production mode and identity providers',
      '## `Council.teaching` figures',
      '## Queries, pagination and filters',
      '## Examples',
      '### Examples',
      '```graphql',
      '# not a heading',
      '```',
      '## Examples',
      '## Who may do what?',
    ].join('\n');
    expect([...anchors(markdown)]).toEqual([
      'partnership-hub',
      'production-mode-and-identity-providers',
      'councilteaching-figures',
      'queries-pagination-and-filters',
      'examples',
      'examples-1',
      'examples-2',
      'who-may-do-what',
    ]);
  });

  it('reads inline links and reference definitions, but not links inside code', () => {
    const markdown = [
      'See [Query limits](security/query-limits.md) and [the `audit` log](security/audit-log.md#who-sees-it).',
      'Not `[a](code.md)`, nor:',
      '```md',
      '[b](fenced.md)',
      '```',
      '[ref]: ../errors.md',
    ].join('\n');
    expect(links(markdown)).toEqual([
      { line: 1, target: 'security/query-limits.md' },
      { line: 1, target: 'security/audit-log.md#who-sees-it' },
      { line: 6, target: '../errors.md' },
    ]);
  });

  it('reports a link to a missing file and a link to a missing heading', () => {
    const from = README;
    const broken: Link[] = [
      { from, line: 1, target: 'docs/no-such-file.md' },
      { from, line: 2, target: 'docs/errors.md#no-such-heading' },
      { from, line: 3, target: '#no-such-heading' },
    ];
    expect(brokenFiles(broken)).toEqual(['README.md:1: (docs/no-such-file.md)']);
    expect(brokenAnchors(broken)).toEqual(['README.md:2: (docs/errors.md#no-such-heading)', 'README.md:3: (#no-such-heading)']);
  });
});
