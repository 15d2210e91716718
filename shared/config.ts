/**
 * The hub's configuration: read from the environment once, validated, and frozen.
 * Call `loadConfig()` at start-up and pass the result down; nothing else reads `process.env`.
 */
import path from 'node:path';
import { CLOCK_SETTING_EXPECTED, parseClockSetting } from './clock';
import type { QueryLimits } from './query-limits';
import { subgraphRegistry } from './subgraph-registry';

export const DEV_JWT_SECRET = 'partnership-hub-development-secret-do-not-use-in-production';
export const DEV_JWT_ISSUER = 'partnership-hub-dev';
/** The placeholder docker-compose.yml uses when none is set; public, so refused in production. */
export const DEV_GATEWAY_SIGNING_SECRET = 'partnership-hub-development-gateway-signing-secret-not-for-production';

export interface SubgraphEndpoint {
  readonly name: string;
  readonly port: number;
  readonly url: string;
}

export interface HubConfig {
  readonly production: boolean;
  readonly host: string;
  readonly gatewayPort: number;
  readonly subgraphs: readonly SubgraphEndpoint[];
  /** Null means: run on the embedded PostgreSQL server under `dataDir`. */
  readonly databaseUrl: string | null;
  readonly dataDir: string;
  readonly embeddedPostgresPort: number;
  readonly jwt: {
    readonly secret: string | null;
    readonly jwksUrl: string | null;
    readonly issuer: string;
    readonly audience: string;
  };
  readonly gatewaySigning: {
    /** Shared by the gateway and the subgraphs. Null (development only): the gateway does not sign. */
    readonly secret: string | null;
    /** Whether a subgraph serves, as a direct call, a request the gateway did not sign. */
    readonly acceptDirectCalls: boolean;
  };
  readonly subgraphTimeoutMs: number;
  /** How long a stopping service lets requests in flight finish before it cuts them. */
  readonly shutdownGraceMs: number;
  /** How long each subgraph waits on its database (see database.ts). */
  readonly databaseTimeouts: DatabaseTimeouts;
  /** How long `/ready` may take before it answers 503. */
  readonly readyTimeoutMs: number;
  /** How long a mutation's Idempotency-Key and its answer are kept (idempotency.ts). */
  readonly idempotencyKeyLifetimeHours: number;
  readonly requestBodyLimitBytes: number;
  /** What the gateway accepts; each subgraph derives its own from these (see query-limits.ts). */
  readonly queryLimits: QueryLimits;
  readonly seedDemoData: boolean;
  /** Whether the gateway serves its bundled GraphQL IDE at GET /graphql: on in development, off in production unless switched on. */
  readonly graphiql: boolean;
  /** Whether the dashboard's sign-in offers demo roles, minting development tokens with JWT_SECRET; never in production. */
  readonly developmentSignIn: boolean;
  /** The identity provider the dashboard signs in with (authorization code with PKCE); null: no such sign-in. */
  readonly dashboardOidc: DashboardOidc | null;
  readonly logLevel: string;
  /** Where `HUB_TODAY` stopped the hub's clock; null: the machine's clock (see clock.ts). */
  readonly clockStoppedAt: Date | null;
}

/** A public client of the identity provider: the page holds no secret, so PKCE protects the code. */
export interface DashboardOidc {
  readonly issuer: string;
  readonly clientId: string;
  readonly scope: string;
  /** Sent as the resource indicator (RFC 8707) when the provider issues the hub's tokens for a named resource. */
  readonly resource: string | null;
}

export interface DatabaseTimeouts {
  readonly connectMs: number;
  readonly statementMs: number;
  readonly idleMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadConfig(env: Env = process.env): HubConfig {
  const problems: string[] = [];
  const production = env.NODE_ENV === 'production';

  const port = (name: string, fallback: number): number => integer(env, name, fallback, 1, 65535, problems);

  const host = env.HOST ?? '127.0.0.1';
  const subgraphs = subgraphRegistry.map((entry) => {
    const key = entry.name.toUpperCase();
    const subgraphPort = port(`${key}_PORT`, entry.defaultPort);
    const url = env[`${key}_URL`] ?? `http://${host}:${subgraphPort}/graphql`;
    checkUrl(`${key}_URL`, url, ['http:', 'https:'], problems);
    return { name: entry.name, port: subgraphPort, url };
  });

  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl) checkUrl('DATABASE_URL', databaseUrl, ['postgres:', 'postgresql:'], problems);

  const jwksUrl = env.JWT_JWKS_URL?.trim() || null;
  if (jwksUrl) checkUrl('JWT_JWKS_URL', jwksUrl, ['http:', 'https:'], problems);
  // Keys fetched over plain HTTP could be swapped on the way; only a key server on this machine is spared.
  if (production && jwksUrl && /^http:/i.test(jwksUrl) && !isLoopbackUrl(jwksUrl)) {
    problems.push('production needs an https: JWT_JWKS_URL (plain http only on this machine: localhost, 127.0.0.1, ::1)');
  }
  let secret = env.JWT_SECRET ?? null;
  if (secret && jwksUrl) problems.push('set JWT_SECRET or JWT_JWKS_URL, not both: a token is verified one way');
  if (!secret && !jwksUrl && !production) secret = DEV_JWT_SECRET;
  if (secret !== null && secret.length < 32) {
    problems.push('JWT_SECRET must be at least 32 characters long');
  }
  if (production) {
    if (!secret && !jwksUrl) problems.push('production needs JWT_SECRET or JWT_JWKS_URL');
    if (secret === DEV_JWT_SECRET) problems.push('production refuses the development JWT_SECRET');
    if (!env.JWT_ISSUER) problems.push('production needs JWT_ISSUER');
    // docker-compose.yml fills in the development issuer; production must name its identity provider.
    if (env.JWT_ISSUER?.trim() === DEV_JWT_ISSUER) problems.push(`production refuses the development JWT_ISSUER "${DEV_JWT_ISSUER}"`);
    if (!env.JWT_AUDIENCE) problems.push('production needs JWT_AUDIENCE');
  }

  const gatewaySigning = gatewaySigningSettings(env, production, secret, problems);

  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${logLevel}"`);
  }

  const clockStoppedAt = readClockSetting(env, production, problems);

  const config: HubConfig = {
    production,
    host,
    gatewayPort: port('GATEWAY_PORT', 4000),
    subgraphs,
    databaseUrl,
    dataDir: path.resolve(env.HUB_DATA_DIR ?? 'data'),
    embeddedPostgresPort: port('EMBEDDED_POSTGRES_PORT', 5433),
    jwt: {
      secret,
      jwksUrl,
      issuer: env.JWT_ISSUER ?? DEV_JWT_ISSUER,
      audience: env.JWT_AUDIENCE ?? 'partnership-hub',
    },
    gatewaySigning,
    subgraphTimeoutMs: integer(env, 'SUBGRAPH_TIMEOUT_MS', 10_000, 100, 300_000, problems),
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000, problems),
    databaseTimeouts: {
      connectMs: integer(env, 'DATABASE_CONNECT_TIMEOUT_MS', 2_000, 100, 60_000, problems),
      statementMs: integer(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 8_000, 100, 300_000, problems),
      idleMs: integer(env, 'DATABASE_IDLE_TIMEOUT_MS', 30_000, 1_000, 3_600_000, problems),
    },
    readyTimeoutMs: integer(env, 'READY_TIMEOUT_MS', 2_000, 100, 60_000, problems),
    idempotencyKeyLifetimeHours: integer(env, 'IDEMPOTENCY_KEY_LIFETIME_HOURS', 24, 1, 720, problems),
    requestBodyLimitBytes: integer(env, 'REQUEST_BODY_LIMIT_BYTES', 102_400, 1_024, 10_485_760, problems),
    queryLimits: readQueryLimits(env, problems),
    seedDemoData: boolean(env, 'SEED_DEMO_DATA', !production, problems),
    graphiql: boolean(env, 'GRAPHIQL', !production, problems),
    developmentSignIn: developmentSignIn(env, production, secret, problems),
    dashboardOidc: readDashboardOidc(env, production, problems),
    logLevel,
    clockStoppedAt,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}

export function subgraphEndpoint(config: HubConfig, name: string): SubgraphEndpoint {
  const endpoint = config.subgraphs.find((candidate) => candidate.name === name);
  if (!endpoint) throw new Error(`Unknown subgraph "${name}"; known: ${config.subgraphs.map((s) => s.name).join(', ')}`);
  return endpoint;
}

function developmentSignIn(env: Env, production: boolean, jwtSecret: string | null, problems: string[]): boolean {
  const wanted = boolean(env, 'DEVELOPMENT_SIGN_IN', !production, problems);
  if (wanted && production) problems.push('production refuses DEVELOPMENT_SIGN_IN: anyone could sign in as any role');
  // With an identity provider's keys the hub cannot mint a token it would accept.
  return wanted && !production && jwtSecret !== null;
}

function readDashboardOidc(env: Env, production: boolean, problems: string[]): DashboardOidc | null {
  const issuer = env.DASHBOARD_OIDC_ISSUER?.trim() || null;
  const clientId = env.DASHBOARD_OIDC_CLIENT_ID?.trim() || null;
  const resource = env.DASHBOARD_OIDC_RESOURCE?.trim() || null;
  if (!issuer && !clientId) {
    if (resource || env.DASHBOARD_OIDC_SCOPE) problems.push('DASHBOARD_OIDC_SCOPE and DASHBOARD_OIDC_RESOURCE need DASHBOARD_OIDC_ISSUER');
    return null;
  }
  if (!issuer || !clientId) {
    problems.push(
      'set DASHBOARD_OIDC_ISSUER and DASHBOARD_OIDC_CLIENT_ID together: the dashboard signs in as that client of that provider',
    );
    return null;
  }
  checkUrl('DASHBOARD_OIDC_ISSUER', issuer, ['http:', 'https:'], problems);
  // The code and the token pass between the browser and the provider; plain http only on this machine.
  if (production && /^http:/i.test(issuer) && !isLoopbackUrl(issuer)) {
    problems.push('production needs an https: DASHBOARD_OIDC_ISSUER (plain http only on this machine: localhost, 127.0.0.1, ::1)');
  }
  if (resource) checkUrl('DASHBOARD_OIDC_RESOURCE', resource, ['http:', 'https:', 'urn:'], problems);
  const scope = env.DASHBOARD_OIDC_SCOPE?.trim() || 'openid';
  if (!scope.split(/\s+/).includes('openid')) problems.push(`DASHBOARD_OIDC_SCOPE must include openid; got "${scope}"`);
  return { issuer, clientId, scope, resource };
}

function gatewaySigningSettings(env: Env, production: boolean, jwtSecret: string | null, problems: string[]): HubConfig['gatewaySigning'] {
  const secret = env.GATEWAY_SIGNING_SECRET || null;
  const acceptDirectCalls = boolean(env, 'SUBGRAPHS_ACCEPT_DIRECT_CALLS', !production, problems);
  if (secret !== null && secret.length < 32) problems.push('GATEWAY_SIGNING_SECRET must be at least 32 characters long');
  // Anyone who can mint tokens could otherwise also sign as the gateway.
  if (secret !== null && secret === jwtSecret) problems.push('GATEWAY_SIGNING_SECRET must differ from JWT_SECRET');
  if (production && secret === null) problems.push('production needs GATEWAY_SIGNING_SECRET, shared by the gateway and every subgraph');
  if (production && secret === DEV_GATEWAY_SIGNING_SECRET) problems.push('production refuses the development GATEWAY_SIGNING_SECRET');
  if (!production && secret === null && !acceptDirectCalls) {
    problems.push('SUBGRAPHS_ACCEPT_DIRECT_CALLS=false needs GATEWAY_SIGNING_SECRET: without it no request is signed');
  }
  return { secret, acceptDirectCalls };
}

function readClockSetting(env: Env, production: boolean, problems: string[]): Date | null {
  const raw = env.HUB_TODAY?.trim();
  if (!raw) return null;
  // A stopped clock would put every figure and every "not in the future" check on a day that is not today.
  if (production) {
    problems.push('production refuses HUB_TODAY: the hub must run on the real date');
    return null;
  }
  const instant = parseClockSetting(raw);
  if (!instant) problems.push(`HUB_TODAY must be ${CLOCK_SETTING_EXPECTED}; got "${raw}"`);
  return instant;
}

function readQueryLimits(env: Env, problems: string[]): QueryLimits {
  return {
    maxDepth: integer(env, 'QUERY_MAX_DEPTH', 10, 1, 100, problems),
    maxAliases: integer(env, 'QUERY_MAX_ALIASES', 15, 0, 1_000, problems),
    maxDirectives: integer(env, 'QUERY_MAX_DIRECTIVES', 50, 0, 1_000, problems),
    maxTokens: integer(env, 'QUERY_MAX_TOKENS', 1_000, 100, 100_000, problems),
    maxCost: integer(env, 'QUERY_MAX_COST', 50_000, 100, 10_000_000, problems),
  };
}

function integer(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}; got "${raw}"`);
    return fallback;
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  problems.push(`${name} must be true or false; got "${raw}"`);
  return fallback;
}

function isLoopbackUrl(value: string): boolean {
  try {
    return ['localhost', '127.0.0.1', '[::1]'].includes(new URL(value).hostname);
  } catch {
    return false;
  }
}

function checkUrl(name: string, value: string, protocols: string[], problems: string[]): void {
  try {
    const url = new URL(value);
    if (!protocols.includes(url.protocol)) {
      problems.push(`${name} must use ${protocols.join(' or ')}; got "${url.protocol}"`);
    }
  } catch {
    problems.push(`${name} is not a valid URL`);
  }
}
