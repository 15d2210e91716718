/**
 * A real OpenID Connect provider for the dashboard's sign-in test: oidc-provider (an ES module,
 * hence its own process) with its development login and consent pages, which accept any password.
 * It knows one public client, the dashboard, which must use PKCE, and issues JWT access tokens for
 * one resource, the hub, carrying the claims the hub reads for the account that signed in.
 *   node test/support/identity-provider.mjs   with IDENTITY_PROVIDER (JSON, below) in the environment
 * Prints {"issuer": ...} once it listens.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import Provider, { errors } from 'oidc-provider';

/**
 * port; clientId; redirectUri; resource (the indicator the dashboard sends); audience (the hub's
 * JWT_AUDIENCE); scope (the resource's scope); accounts: login name to the hub claims of its tokens.
 */
const settings = JSON.parse(process.env.IDENTITY_PROVIDER);
const issuer = `http://127.0.0.1:${settings.port}`;
const signingKey = {
  ...crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
  kid: 'idp-1',
  alg: 'RS256',
  use: 'sig',
};

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: settings.clientId,
      redirect_uris: [settings.redirectUri],
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  jwks: { keys: [signingKey] },
  cookies: { keys: [crypto.randomBytes(32).toString('base64url')] },
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: true },
    resourceIndicators: {
      enabled: true,
      getResourceServerInfo(_ctx, indicator) {
        if (indicator !== settings.resource) throw new errors.InvalidTarget();
        return {
          scope: settings.scope,
          audience: settings.audience,
          accessTokenFormat: 'jwt',
          accessTokenTTL: 600,
          jwt: { sign: { alg: 'RS256' } },
        };
      },
    },
  },
  // The dashboard's token request comes from its own origin.
  clientBasedCORS: (_ctx, origin, client) => client.redirectUris.some((uri) => new URL(uri).origin === origin),
  findAccount: (_ctx, accountId) => (settings.accounts[accountId] ? { accountId, claims: () => ({ sub: accountId }) } : undefined),
  extraTokenClaims: (_ctx, token) => (token.kind === 'AccessToken' ? settings.accounts[token.accountId] : undefined),
});

http.createServer(provider.callback()).listen(settings.port, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ issuer })}\n`));
