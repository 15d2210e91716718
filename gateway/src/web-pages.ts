/**
 * The web pages the gateway serves beside /graphql, from the bundle `npm run build` writes to
 * dist/dashboard: the GraphQL IDE at GET /graphql for a browser (when GRAPHIQL is on) and the
 * bundle's files under /assets/. Every page may load only what this gateway serves.
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { repositoryRoot } from '#hub/shared/repository-root';

export const WEB_BUNDLE = path.join(repositoryRoot(__dirname), 'dist', 'dashboard');

/** Nothing from elsewhere: scripts, styles, fonts, images and requests stay on this gateway. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/** The bundle's file names: hashed, so a file never changes under its name. */
const ASSET = /^\/assets\/([\w.-]+)$/;

function sendFile(response: http.ServerResponse, file: string, headers: Record<string, string>): boolean {
  let body: Buffer;
  try {
    body = fs.readFileSync(file);
  } catch {
    return false;
  }
  response.writeHead(200, { 'content-length': body.length, 'x-content-type-options': 'nosniff', ...headers });
  response.end(body);
  return true;
}

function wantsPage(request: http.IncomingMessage): boolean {
  return request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
}

export function webPages({ graphiql }: { graphiql: boolean }) {
  return (request: http.IncomingMessage, url: URL, response: http.ServerResponse): boolean => {
    if (url.pathname === '/graphql' && graphiql && wantsPage(request) && !url.searchParams.has('query')) {
      return sendFile(response, path.join(WEB_BUNDLE, 'graphiql', 'index.html'), {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'cache-control': 'no-cache',
      });
    }
    const asset = ASSET.exec(url.pathname);
    if (asset && request.method === 'GET') {
      const type = CONTENT_TYPES[path.extname(asset[1])];
      return (
        Boolean(type) &&
        sendFile(response, path.join(WEB_BUNDLE, 'assets', asset[1]), {
          'content-type': type!,
          'cache-control': 'public, max-age=31536000, immutable',
        })
      );
    }
    return false;
  };
}
