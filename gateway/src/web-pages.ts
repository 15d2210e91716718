/**
 * The web pages the gateway serves beside /graphql, from the bundle `npm run build` writes to
 * dist/web: the partnership dashboard at GET /, with its sign-in settings and development
 * tokens under /dashboard/, the GraphQL IDE at GET /graphql for a browser (when GRAPHIQL is on) and
 * the bundle's files under /assets/. Every page may load only what this gateway serves.
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { HubConfig } from '#hub/shared/config';
import { sendJson } from '#hub/shared/http-server';
import { repositoryRoot } from '#hub/shared/repository-root';
import { answerDevelopmentToken, DEVELOPMENT_TOKEN_PATH } from './development-sign-in';

export const WEB_BUNDLE = path.join(repositoryRoot(__dirname), 'dist', 'web');

/**
 * Nothing from elsewhere: scripts, styles, fonts, images and requests stay on this gateway, except
 * the dashboard's requests to its identity provider (discovery and the token exchange).
 */
function contentSecurityPolicy(config: HubConfig): string {
  const identityProvider = config.dashboardOidc ? ` ${new URL(config.dashboardOidc.issuer).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${identityProvider}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

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

function sendPage(response: http.ServerResponse, page: string, policy: string): boolean {
  return sendFile(response, path.join(WEB_BUNDLE, page, 'index.html'), {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': policy,
    'cache-control': 'no-cache',
  });
}

/** What the dashboard's sign-in offers; the identity provider's settings are public, as they are in any page that signs in with one. */
function dashboardSettings(config: HubConfig) {
  return { developmentSignIn: config.developmentSignIn, oidc: config.dashboardOidc };
}

export function webPages(config: HubConfig) {
  const policy = contentSecurityPolicy(config);
  return async (request: http.IncomingMessage, url: URL, response: http.ServerResponse): Promise<boolean> => {
    if (url.pathname === '/' && request.method === 'GET') return sendPage(response, 'app', policy);
    if (url.pathname === '/dashboard/settings.json' && request.method === 'GET') {
      sendJson(response, 200, dashboardSettings(config));
      return true;
    }
    if (url.pathname === DEVELOPMENT_TOKEN_PATH) {
      await answerDevelopmentToken(config, request, response);
      return true;
    }
    if (url.pathname === '/graphql' && config.graphiql && wantsPage(request) && !url.searchParams.has('query')) {
      return sendPage(response, 'graphiql', policy);
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
