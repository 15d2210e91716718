/**
 * The dashboard's development sign-in: `POST /dashboard/development-token` with a demo role and
 * the organisation it acts for answers a token signed with the hub's own JWT_SECRET, as
 * `npm run token` does. Only when DEVELOPMENT_SIGN_IN is on, which production refuses. A
 * `dashboard_viewer` with no organisation is the page's directory token: it lists partnerships,
 * councils and universities so the sign-in can offer them.
 */
import type http from 'node:http';
import { signHubToken, type HubClaims } from '#hub/shared/auth';
import type { HubConfig } from '#hub/shared/config';
import { readBody, sendJson } from '#hub/shared/http-server';
import { isUuid } from '#hub/shared/input-checks';

export const DEVELOPMENT_TOKEN_PATH = '/dashboard/development-token';

/** The roles the sign-in offers, and which claim names the organisation each acts for. */
const ORGANISATION_CLAIM = {
  partnership_admin: 'partnerships',
  council_admin: 'councils',
  university_admin: 'universities',
  dashboard_viewer: 'partnerships',
} as const satisfies Record<string, keyof HubClaims>;

type SignInRole = keyof typeof ORGANISATION_CLAIM;

const BODY_LIMIT_BYTES = 1_024;

function isSignInRole(value: unknown): value is SignInRole {
  return typeof value === 'string' && Object.hasOwn(ORGANISATION_CLAIM, value);
}

function refuse(response: http.ServerResponse, status: number, field: string | null, message: string): void {
  sendJson(response, status, { error: { field, message } });
}

export async function answerDevelopmentToken(
  config: HubConfig,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<void> {
  if (!config.developmentSignIn) {
    return refuse(response, 404, null, 'Development sign-in is off: sign in with your identity provider, or paste a token.');
  }
  // A JSON body cannot come from another site's form without a preflight this gateway never grants.
  if (request.method !== 'POST' || !(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return refuse(response, 405, null, 'POST a JSON object: {"role": …, "organisationId": …}.');
  }
  const body = await readBody(request, BODY_LIMIT_BYTES);
  let asked: { role?: unknown; organisationId?: unknown };
  try {
    asked = body.kind === 'ok' ? (JSON.parse(body.text) ?? {}) : {};
  } catch {
    return refuse(response, 400, null, 'The request body is not valid JSON.');
  }
  const { role, organisationId } = asked;
  if (!isSignInRole(role)) return refuse(response, 400, 'role', `role must be one of ${Object.keys(ORGANISATION_CLAIM).join(', ')}.`);
  const directory = role === 'dashboard_viewer' && organisationId === undefined;
  if (!directory && !(typeof organisationId === 'string' && isUuid(organisationId))) {
    return refuse(response, 400, 'organisationId', 'organisationId must be the id of the organisation the role acts for.');
  }
  const claims: HubClaims = { roles: [role] };
  if (!directory) claims[ORGANISATION_CLAIM[role]] = [organisationId as string];
  const token = await signHubToken(config, `dev-dashboard-${role}`, claims);
  response.setHeader('cache-control', 'no-store');
  sendJson(response, 200, { token });
}
