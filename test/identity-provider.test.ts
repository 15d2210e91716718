import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT, type JWTPayload, type KeyLike } from 'jose';
import pino from 'pino';
import { DEV_JWT_SECRET } from '#hub/shared/config';
import { DEMO_PARTNERSHIP_ID } from './support/demo';
import { errorCode, startTestHub, type GraphQLResponse, type TestHub } from './support/test-hub';

const ISSUER = 'https://idp.test.example/realms/partnership';
const AUDIENCE = 'partnership-hub';
const KEY_ID = 'hub-signing-key-1';
const CLAIMS = { sub: 'idp-user-4711', roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] };

describe('a production hub behind an identity provider', () => {
  let jwks: http.Server;
  let hub: TestHub;
  let signingKey: KeyLike;
  let strangerKey: KeyLike;
  const logLines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    signingKey = pair.privateKey;
    strangerKey = (await generateKeyPair('RS256')).privateKey;
    const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: KEY_ID, alg: 'RS256', use: 'sig' };
    jwks = http.createServer((request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(request.url === '/protocol/openid-connect/certs' ? { keys: [publicJwk] } : {}));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/protocol/openid-connect/certs`;
    const log = pino({ level: 'info' }, { write: (line: string) => void logLines.push(JSON.parse(line)) });
    hub = await startTestHub({
      env: {
        NODE_ENV: 'production',
        JWT_JWKS_URL: jwksUrl,
        JWT_ISSUER: ISSUER,
        JWT_AUDIENCE: AUDIENCE,
        // Tokens are also checked at a subgraph reached directly.
        SUBGRAPHS_ACCEPT_DIRECT_CALLS: 'true',
      },
      log,
    });
  });
  afterAll(async () => {
    await hub?.stop();
    await new Promise((resolve) => jwks.close(resolve));
  });

  const sign = (key: KeyLike, header: { alg: string; kid?: string }, claims: JWTPayload = CLAIMS) =>
    new SignJWT(claims).setProtectedHeader(header).setIssuedAt().setExpirationTime('10m').sign(key);
  const signedByIdp = (overrides: { iss?: string; aud?: string } = {}) =>
    new SignJWT(CLAIMS)
      .setProtectedHeader({ alg: 'RS256', kid: KEY_ID })
      .setIssuer(overrides.iss ?? ISSUER)
      .setAudience(overrides.aud ?? AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(signingKey);

  it('accepts an RS256 token from the identity provider’s key, through the gateway and at a subgraph', async () => {
    const token = await signedByIdp();
    for (const url of [hub.gatewayUrl, hub.subgraphs.councils.url]) {
      const response = await hub.query(token, '{ councils { totalCount } partnership(id: "' + DEMO_PARTNERSHIP_ID + '") { id } }', {}, url);
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ councils: { totalCount: 0 }, partnership: null });
    }
  });

  it.each([
    ['from another issuer', () => signedByIdp({ iss: 'https://other-idp.example' }), /"iss" claim is not accepted/],
    ['for another audience', () => signedByIdp({ aud: 'another-service' }), /"aud" claim is not accepted/],
    [
      'without an expiry',
      async () =>
        new SignJWT(CLAIMS).setProtectedHeader({ alg: 'RS256', kid: KEY_ID }).setIssuer(ISSUER).setAudience(AUDIENCE).sign(signingKey),
      /no "exp" claim/,
    ],
    [
      'signed by a key the provider does not publish',
      async () => sign(strangerKey, { alg: 'RS256', kid: 'unknown-key' }, { ...CLAIMS, iss: ISSUER, aud: AUDIENCE }),
      /signing key the identity provider does not publish/,
    ],
    [
      'signed by another key under the published key id',
      async () => sign(strangerKey, { alg: 'RS256', kid: KEY_ID }, { ...CLAIMS, iss: ISSUER, aud: AUDIENCE }),
      /signature does not verify/,
    ],
    [
      'signed with HS256 and the development secret',
      async () =>
        sign(new TextEncoder().encode(DEV_JWT_SECRET) as unknown as KeyLike, { alg: 'HS256' }, { ...CLAIMS, iss: ISSUER, aud: AUDIENCE }),
      /algorithm this hub does not accept/,
    ],
    [
      'with "alg": "none"',
      async () => new UnsecuredJWT({ ...CLAIMS }).setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('10m').encode(),
      /algorithm this hub does not accept/,
    ],
  ])('refuses a token %s with UNAUTHENTICATED, at the gateway and at a subgraph', async (_case, makeToken, message) => {
    const token = await makeToken();
    for (const url of [hub.gatewayUrl, hub.subgraphs.councils.url]) {
      const response = await hub.query(token, '{ councils { totalCount } }', {}, url);
      expect(response.status).toBe(401);
      expect(response.data).toBeUndefined();
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
      expect(response.errors![0].message).toMatch(message);
    }
  });

  it('masks an internal error, with the request id of the x-request-id header and of the log line', async () => {
    const token = await signedByIdp();
    const { dataSource } = hub.subgraphs.councils.database;
    await dataSource.query('ALTER TABLE councils.council RENAME TO council_moved_away');
    let response: Response;
    try {
      response = await fetch(hub.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ councils { totalCount } }' }),
      });
    } finally {
      await dataSource.query('ALTER TABLE councils.council_moved_away RENAME TO council');
    }
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const text = await response.text();
    expect(text).not.toMatch(/council_moved_away|relation|SELECT|does not exist|stack/i);
    const body = JSON.parse(text) as GraphQLResponse;
    expect(body.errors![0]).toEqual({
      message: `Internal error. Quote request id ${requestId} when you report it.`,
      path: ['councils'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId, serviceName: 'councils' },
    });
    const logged = logLines.find((line) => line.msg === 'unexpected error' && line.requestId === requestId);
    expect(logged?.err).toMatch(/council_moved_away|does not exist/);
  });
});

describe('a production hub whose identity provider cannot be reached', () => {
  let hub: TestHub;

  beforeAll(async () => {
    // A port that was free a moment ago: nothing answers there.
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    hub = await startTestHub({
      env: {
        NODE_ENV: 'production',
        JWT_JWKS_URL: `http://127.0.0.1:${port}/certs`,
        JWT_ISSUER: ISSUER,
        JWT_AUDIENCE: AUDIENCE,
        SUBGRAPHS_ACCEPT_DIRECT_CALLS: 'true',
      },
    });
  });
  afterAll(() => hub?.stop());

  it('answers 503 IDENTITY_PROVIDER_UNAVAILABLE, not a verdict on the token, at the gateway and at a subgraph', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({ ...CLAIMS })
      .setProtectedHeader({ alg: 'RS256', kid: KEY_ID })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('5m')
      .sign(privateKey);
    for (const url of [hub.gatewayUrl, hub.subgraphs.councils.url]) {
      const response = await hub.query(token, '{ councils(first: 1) { totalCount } }', {}, url);
      expect(response.status).toBe(503);
      expect(errorCode(response)).toBe('IDENTITY_PROVIDER_UNAVAILABLE');
      expect(response.errors![0].message).toMatch(/identity provider's signing keys could not be fetched/);
    }
  });
});
