/**
 * Signing in with the partnership's identity provider by OpenID Connect: the authorization code
 * flow with PKCE as a public client (a page can keep no secret), through oauth4webapi. The page
 * leaves for the provider with a fresh code verifier and state kept in this tab, and the provider
 * sends the user back to `/` with a code, which the page exchanges for the access token the hub
 * checks on every request.
 */
import * as oauth from 'oauth4webapi';

/** As the gateway's /dashboard/settings.json gives them (DASHBOARD_OIDC_* settings). */
export interface OidcSettings {
  readonly issuer: string;
  readonly clientId: string;
  readonly scope: string;
  readonly resource: string | null;
}

/** What the page must remember across the trip to the provider; this tab only. */
interface PendingSignIn {
  readonly codeVerifier: string;
  readonly state: string;
  /** The view the user was on, to come back to. */
  readonly returnTo: string;
}

const PENDING_KEY = 'partnership-hub.oidc-sign-in';

const redirectUri = (): string => `${window.location.origin}/`;

async function discover(settings: OidcSettings) {
  const issuer = new URL(settings.issuer);
  // The gateway refuses a plain-http provider in production unless it is on the same machine.
  const options = { [oauth.allowInsecureRequests]: issuer.protocol === 'http:' };
  const server = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { ...options, algorithm: 'oidc' }));
  return { server, options, client: { client_id: settings.clientId } };
}

/** Sends the browser to the provider's sign-in. */
export async function startOidcSignIn(settings: OidcSettings): Promise<void> {
  const { server } = await discover(settings).catch(explain);
  if (!server.authorization_endpoint) throw new Error('The identity provider names no authorization endpoint.');
  const pending: PendingSignIn = {
    codeVerifier: oauth.generateRandomCodeVerifier(),
    state: oauth.generateRandomState(),
    returnTo: window.location.hash,
  };
  const target = new URL(server.authorization_endpoint);
  const parameters: Record<string, string> = {
    client_id: settings.clientId,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope: settings.scope,
    state: pending.state,
    code_challenge: await oauth.calculatePKCECodeChallenge(pending.codeVerifier),
    code_challenge_method: 'S256',
  };
  if (settings.resource) parameters.resource = settings.resource;
  for (const [name, value] of Object.entries(parameters)) target.searchParams.set(name, value);
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  window.location.assign(target);
}

/** Whether this page load is the provider sending the user back from a sign-in this tab began. */
export function isOidcCallback(): boolean {
  const parameters = new URLSearchParams(window.location.search);
  return sessionStorage.getItem(PENDING_KEY) !== null && (parameters.has('code') || parameters.has('error'));
}

/** Exchanges the code the provider sent back for an access token. */
export async function finishOidcSignIn(settings: OidcSettings): Promise<string> {
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? '{}') as PendingSignIn;
  sessionStorage.removeItem(PENDING_KEY);
  const callback = new URL(window.location.href);
  // The code is for one use: it should not stay in the address bar, the history or a bookmark.
  window.history.replaceState(null, '', `/${pending.returnTo ?? ''}`);
  try {
    const { server, options, client } = await discover(settings);
    const parameters = oauth.validateAuthResponse(server, client, callback, pending.state);
    const response = await oauth.authorizationCodeGrantRequest(
      server,
      client,
      oauth.None(),
      parameters,
      redirectUri(),
      pending.codeVerifier,
      {
        ...options,
        additionalParameters: settings.resource ? { resource: settings.resource } : undefined,
      },
    );
    const tokens = await oauth.processAuthorizationCodeResponse(server, client, response, { requireIdToken: true });
    return tokens.access_token;
  } catch (error) {
    return explain(error);
  }
}

/** The provider's own words when it refused, else what went wrong on the way. */
function explain(error: unknown): never {
  if (error instanceof oauth.AuthorizationResponseError || error instanceof oauth.ResponseBodyError) {
    const description = error.error_description ? `: ${error.error_description}` : '';
    throw new Error(`The identity provider refused the sign-in (${error.error})${description}.`);
  }
  throw new Error(`Signing in with the identity provider failed: ${(error as Error).message}`);
}
