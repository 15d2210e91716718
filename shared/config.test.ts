import { ConfigError, DEV_GATEWAY_SIGNING_SECRET, DEV_JWT_SECRET, loadConfig } from './config';

describe('configuration', () => {
  it('runs with no settings at all, on the embedded database with the development secret', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ production: false, databaseUrl: null, gatewayPort: 4000, seedDemoData: true });
    expect(config.jwt.secret).toBe(DEV_JWT_SECRET);
    expect(config.gatewaySigning).toEqual({ secret: null, acceptDirectCalls: true });
    expect(config.subgraphs.find((subgraph) => subgraph.name === 'councils')!.url).toBe('http://127.0.0.1:4001/graphql');
  });

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

  it('refuses to start in production with the development secret or without issuer and audience', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: DEV_JWT_SECRET });
    } catch (thrown) {
      error = thrown as ConfigError;
    }
    expect(error?.problems).toEqual(
      expect.arrayContaining([
        'production refuses the development JWT_SECRET',
        'production needs JWT_ISSUER',
        'production needs JWT_AUDIENCE',
        'production needs GATEWAY_SIGNING_SECRET, shared by the gateway and every subgraph',
      ]),
    );
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/production needs JWT_SECRET or JWT_JWKS_URL/);
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
});
