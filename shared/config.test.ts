import { ConfigError, DEV_GATEWAY_SIGNING_SECRET, DEV_JWT_SECRET, loadConfig } from './config';

describe('configuration', () => {
  it('runs with no settings at all, on the embedded database with the development secret', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ production: false, databaseUrl: null, gatewayPort: 4000, seedDemoData: true });
    expect(config.jwt.secret).toBe(DEV_JWT_SECRET);
    expect(config.gatewaySigning).toEqual({ secret: null, acceptDirectCalls: true });
    expect(config.subgraphs.find((subgraph) => subgraph.name === 'councils')!.url).toBe('http://127.0.0.1:4001/graphql');
  });

  it('runs on the machine’s clock unless HUB_TODAY stops it, at noon in England on a date or at an exact instant', () => {
    expect(loadConfig({}).clockStoppedAt).toBeNull();
    expect(loadConfig({ HUB_TODAY: '2026-11-30' }).clockStoppedAt).toEqual(new Date('2026-11-30T12:00:00Z'));
    expect(loadConfig({ HUB_TODAY: '2026-07-31' }).clockStoppedAt).toEqual(new Date('2026-07-31T11:00:00Z'));
    expect(loadConfig({ HUB_TODAY: '2026-07-31T23:30:00Z' }).clockStoppedAt).toEqual(new Date('2026-07-31T23:30:00Z'));
  });

  it.each(['2026-02-30', '30/11/2026', '2026-11-30T25:00:00Z', '2026-11-30T10:00'])(
    'refuses HUB_TODAY=%s, naming the forms it takes',
    (value) => {
      expect(() => loadConfig({ HUB_TODAY: value })).toThrow(
        `HUB_TODAY must be a date such as 2026-11-30 or an instant such as 2026-07-31T23:30:00Z; got "${value}"`,
      );
    },
  );

  it('reports every problem at once', () => {
    expect(() => loadConfig({ GATEWAY_PORT: '70000', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', SEED_DEMO_DATA: 'maybe' })).toThrow(
      expect.objectContaining({
        problems: expect.arrayContaining([
          expect.stringMatching(/GATEWAY_PORT/),
          expect.stringMatching(/DATABASE_URL/),
          expect.stringMatching(/LOG_LEVEL/),
          expect.stringMatching(/SEED_DEMO_DATA/),
        ]),
      }),
    );
  });

  describe('in production', () => {
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: 'p'.repeat(40),
      JWT_ISSUER: 'https://idp.example',
      JWT_AUDIENCE: 'hub',
      GATEWAY_SIGNING_SECRET: 's'.repeat(40),
    };
    const problemsWith = (env: Record<string, string | undefined>): string[] => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };

    it('starts with its own secret, an issuer and an audience', () => {
      expect(problemsWith(production)).toEqual([]);
    });

    it('serves the GraphQL IDE only when switched on, which development does by default', () => {
      expect(loadConfig(production).graphiql).toBe(false);
      expect(loadConfig({ ...production, GRAPHIQL: 'true' }).graphiql).toBe(true);
      expect(loadConfig({}).graphiql).toBe(true);
      expect(loadConfig({ GRAPHIQL: 'false' }).graphiql).toBe(false);
    });

    it('offers the dashboard’s development sign-in only in development, and only when the hub can sign tokens', () => {
      expect(loadConfig({}).developmentSignIn).toBe(true);
      expect(loadConfig(production).developmentSignIn).toBe(false);
      expect(problemsWith({ ...production, DEVELOPMENT_SIGN_IN: 'true' })).toContain(
        'production refuses DEVELOPMENT_SIGN_IN: anyone could sign in as any role',
      );
      expect(loadConfig({ DEVELOPMENT_SIGN_IN: 'false' }).developmentSignIn).toBe(false);
      expect(loadConfig({ JWT_JWKS_URL: 'http://127.0.0.1:9/jwks' }).developmentSignIn).toBe(false);
    });

    it('signs the dashboard in with an identity provider only when both its issuer and its client are named', () => {
      expect(loadConfig(production).dashboardOidc).toBeNull();
      const oidc = {
        ...production,
        DASHBOARD_OIDC_ISSUER: 'https://login.example.org/realms/partnership',
        DASHBOARD_OIDC_CLIENT_ID: 'hub-dashboard',
      };
      expect(loadConfig(oidc).dashboardOidc).toEqual({
        issuer: 'https://login.example.org/realms/partnership',
        clientId: 'hub-dashboard',
        scope: 'openid',
        resource: null,
      });
      expect(
        loadConfig({ ...oidc, DASHBOARD_OIDC_SCOPE: 'openid hub', DASHBOARD_OIDC_RESOURCE: 'urn:partnership-hub' }).dashboardOidc,
      ).toMatchObject({
        scope: 'openid hub',
        resource: 'urn:partnership-hub',
      });
      expect(problemsWith({ ...production, DASHBOARD_OIDC_CLIENT_ID: 'hub-dashboard' })).toContain(
        'set DASHBOARD_OIDC_ISSUER and DASHBOARD_OIDC_CLIENT_ID together: the dashboard signs in as that client of that provider',
      );
      expect(problemsWith({ ...production, DASHBOARD_OIDC_SCOPE: 'openid' })).toContain(
        'DASHBOARD_OIDC_SCOPE and DASHBOARD_OIDC_RESOURCE need DASHBOARD_OIDC_ISSUER',
      );
      expect(problemsWith({ ...oidc, DASHBOARD_OIDC_SCOPE: 'profile' })).toContain(
        'DASHBOARD_OIDC_SCOPE must include openid; got "profile"',
      );
      expect(problemsWith({ ...oidc, DASHBOARD_OIDC_ISSUER: 'http://login.example.org' })).toContain(
        'production needs an https: DASHBOARD_OIDC_ISSUER (plain http only on this machine: localhost, 127.0.0.1, ::1)',
      );
      expect(problemsWith({ ...oidc, DASHBOARD_OIDC_ISSUER: 'http://127.0.0.1:9000' })).toEqual([]);
      expect(problemsWith({ ...oidc, DASHBOARD_OIDC_ISSUER: 'login.example.org' })).toContain('DASHBOARD_OIDC_ISSUER is not a valid URL');
    });

    it.each([
      ['with no way to verify tokens', { JWT_SECRET: undefined }, 'production needs JWT_SECRET or JWT_JWKS_URL'],
      ['with the development secret', { JWT_SECRET: DEV_JWT_SECRET }, 'production refuses the development JWT_SECRET'],
      ['without JWT_ISSUER', { JWT_ISSUER: undefined }, 'production needs JWT_ISSUER'],
      [
        'with the development issuer',
        { JWT_ISSUER: 'partnership-hub-dev' },
        'production refuses the development JWT_ISSUER "partnership-hub-dev"',
      ],
      ['without JWT_AUDIENCE', { JWT_AUDIENCE: '' }, 'production needs JWT_AUDIENCE'],
      ['with its clock stopped', { HUB_TODAY: '2026-11-30' }, 'production refuses HUB_TODAY: the hub must run on the real date'],
      [
        'with keys fetched over plain http from another machine',
        { JWT_SECRET: undefined, JWT_JWKS_URL: 'http://idp.example/jwks' },
        'production needs an https: JWT_JWKS_URL (plain http only on this machine: localhost, 127.0.0.1, ::1)',
      ],
    ])('refuses to start %s', (_case, change, problem) => {
      expect(problemsWith({ ...production, ...change })).toEqual([problem]);
    });

    it('reports every production problem at once', () => {
      expect(problemsWith({ NODE_ENV: 'production' })).toEqual([
        'production needs JWT_SECRET or JWT_JWKS_URL',
        'production needs JWT_ISSUER',
        'production needs JWT_AUDIENCE',
        'production needs GATEWAY_SIGNING_SECRET, shared by the gateway and every subgraph',
      ]);
    });
  });

  it('accepts production with an identity provider and no demo data by default', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      JWT_JWKS_URL: 'https://idp.example/jwks',
      JWT_ISSUER: 'https://idp.example',
      JWT_AUDIENCE: 'hub',
      GATEWAY_SIGNING_SECRET: 's'.repeat(40),
    });
    expect(config.jwt.secret).toBeNull();
    expect(config.seedDemoData).toBe(false);
    expect(config.gatewaySigning).toEqual({ secret: 's'.repeat(40), acceptDirectCalls: false });
  });

  it('refuses a gateway signing secret that is short, the JWT secret, or the public placeholder in production', () => {
    expect(() => loadConfig({ GATEWAY_SIGNING_SECRET: 'short' })).toThrow(/GATEWAY_SIGNING_SECRET must be at least 32 characters/);
    expect(() => loadConfig({ JWT_SECRET: 'j'.repeat(40), GATEWAY_SIGNING_SECRET: 'j'.repeat(40) })).toThrow(/must differ from JWT_SECRET/);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        JWT_SECRET: 'j'.repeat(40),
        JWT_ISSUER: 'hub',
        JWT_AUDIENCE: 'hub',
        GATEWAY_SIGNING_SECRET: DEV_GATEWAY_SIGNING_SECRET,
      }),
    ).toThrow(/production refuses the development GATEWAY_SIGNING_SECRET/);
    expect(() => loadConfig({ SUBGRAPHS_ACCEPT_DIRECT_CALLS: 'false' })).toThrow(/needs GATEWAY_SIGNING_SECRET/);
  });

  it('refuses two ways of verifying tokens at once', () => {
    expect(() => loadConfig({ JWT_SECRET: 'x'.repeat(40), JWT_JWKS_URL: 'https://idp.example/jwks' })).toThrow(/not both/);
  });

  it('refuses a short secret', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/at least 32 characters/);
  });

  it('limits queries by default, and reads each limit from the environment', () => {
    expect(loadConfig({}).queryLimits).toEqual({ maxDepth: 10, maxAliases: 15, maxDirectives: 50, maxTokens: 1000, maxCost: 50000 });
    const configured = loadConfig({
      QUERY_MAX_DEPTH: '12',
      QUERY_MAX_ALIASES: '0',
      QUERY_MAX_DIRECTIVES: '5',
      QUERY_MAX_TOKENS: '2000',
      QUERY_MAX_COST: '80000',
    });
    expect(configured.queryLimits).toEqual({ maxDepth: 12, maxAliases: 0, maxDirectives: 5, maxTokens: 2000, maxCost: 80000 });
  });

  it('gives a stopping service 10 s for its requests in flight unless SHUTDOWN_GRACE_MS says otherwise, from 0 to 10 minutes', () => {
    expect(loadConfig({}).shutdownGraceMs).toBe(10_000);
    expect(loadConfig({ SHUTDOWN_GRACE_MS: '0' }).shutdownGraceMs).toBe(0);
    expect(() => loadConfig({ SHUTDOWN_GRACE_MS: '600001' })).toThrow(
      expect.objectContaining({ problems: ['SHUTDOWN_GRACE_MS must be a whole number from 0 to 600000; got "600001"'] }),
    );
  });

  it('refuses a query limit that is not a whole number in range', () => {
    expect(() => loadConfig({ QUERY_MAX_DEPTH: '0', QUERY_MAX_TOKENS: 'many', QUERY_MAX_COST: '2.5' })).toThrow(
      expect.objectContaining({
        problems: [
          'QUERY_MAX_DEPTH must be a whole number from 1 to 100; got "0"',
          'QUERY_MAX_TOKENS must be a whole number from 100 to 100000; got "many"',
          'QUERY_MAX_COST must be a whole number from 100 to 10000000; got "2.5"',
        ],
      }),
    );
  });
});
