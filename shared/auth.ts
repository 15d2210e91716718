/**
 * Bearer-token authentication and the principal every resolver authorises against.
 * The gateway verifies each token and forwards it; every subgraph verifies it again, because a
 * subgraph reached directly must be as safe as one reached through the gateway.
 */
import { createRemoteJWKSet, jwtVerify, SignJWT, errors as joseErrors, type JWTPayload } from 'jose';
import { noteAuthorisedOrganisation } from './audit/context';
import type { HubConfig } from './config';
import { forbidden, identityProviderUnavailable, unauthenticated } from './errors';
import { normalisedId } from './id-scalar';
import { isUuid } from './input-checks';

export const ROLES = ['partnership_admin', 'council_admin', 'university_admin', 'practitioner', 'lecturer', 'dashboard_viewer'] as const;
export type Role = (typeof ROLES)[number];

/** The claims the hub reads from a token, besides `sub`, `iss`, `aud` and `exp`. */
export interface HubClaims {
  roles: Role[];
  councils?: string[];
  universities?: string[];
  partnerships?: string[];
  practitioner?: string;
  lecturer?: string;
}

export class Principal {
  constructor(
    readonly subject: string,
    readonly roles: ReadonlySet<Role>,
    readonly councilIds: ReadonlySet<string>,
    readonly universityIds: ReadonlySet<string>,
    readonly partnershipIds: ReadonlySet<string>,
    readonly practitionerId: string | null,
    readonly lecturerId: string | null,
  ) {}

  has(role: Role): boolean {
    return this.roles.has(role);
  }

  /** Whether the principal is an admin of the council; notes nothing, so for reads. A change is authorised with `usesCouncilAdminRightsOf`. */
  isCouncilAdminOf(councilId: string): boolean {
    return this.has('council_admin') && this.councilIds.has(councilId);
  }

  isUniversityAdminOf(universityId: string): boolean {
    return this.has('university_admin') && this.universityIds.has(universityId);
  }

  isPartnershipAdminOf(partnershipId: string): boolean {
    return this.has('partnership_admin') && this.partnershipIds.has(partnershipId);
  }

  /**
   * Authorises a change as an admin of the council: when the principal is one, the council is noted
   * for the audit log, so its admins are shown the change.
   */
  usesCouncilAdminRightsOf(councilId: string): boolean {
    return this.notedWhenAdmin(this.isCouncilAdminOf(councilId), councilId);
  }

  usesUniversityAdminRightsOf(universityId: string): boolean {
    return this.notedWhenAdmin(this.isUniversityAdminOf(universityId), universityId);
  }

  usesPartnershipAdminRightsOf(partnershipId: string): boolean {
    return this.notedWhenAdmin(this.isPartnershipAdminOf(partnershipId), partnershipId);
  }

  /** The organisations the principal administers: each claim counts only with its admin role, as in every check above. */
  administeredOrganisationIds(): string[] {
    return [
      ...(this.has('council_admin') ? this.councilIds : []),
      ...(this.has('university_admin') ? this.universityIds : []),
      ...(this.has('partnership_admin') ? this.partnershipIds : []),
    ];
  }

  private notedWhenAdmin(isAdmin: boolean, organisationId: string): boolean {
    if (isAdmin) noteAuthorisedOrganisation(organisationId);
    return isAdmin;
  }

  /** Throws FORBIDDEN unless the principal holds one of the roles. */
  requireRole(...roles: Role[]): void {
    if (!roles.some((role) => this.has(role))) {
      throw forbidden(`This needs one of the roles ${roles.join(', ')}; the token has ${[...this.roles].join(', ') || 'none'}.`);
    }
  }
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Principal>;

export function createTokenVerifier(config: HubConfig): TokenVerifier {
  const { secret, jwksUrl, issuer, audience } = config.jwt;
  const key = jwksUrl ? createRemoteJWKSet(new URL(jwksUrl)) : new TextEncoder().encode(secret ?? '');
  const algorithms = jwksUrl ? ['RS256', 'ES256', 'PS256', 'EdDSA'] : ['HS256'];

  return async (authorization) => {
    if (!authorization) throw unauthenticated('A bearer token is required: send "Authorization: Bearer <token>".');
    const match = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(authorization.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    let payload: JWTPayload;
    try {
      // A token without an expiry would be valid for ever.
      const checks = { issuer, audience, algorithms, requiredClaims: ['exp'] };
      ({ payload } = await jwtVerify(match[1], key as Parameters<typeof jwtVerify>[1], checks));
    } catch (error) {
      if (jwksUrl && identityProviderUnreachable(error)) throw identityProviderUnavailable();
      // Anything else that is not a verdict on the token is a fault here: masked for the caller, logged with the request id.
      if (!(error instanceof joseErrors.JOSEError)) throw error;
      throw unauthenticated(describeTokenFailure(error));
    }
    return principalFromClaims(payload);
  };
}

/** The key set could not be fetched or read: the hub cannot judge the token, which is not the caller's fault. */
function identityProviderUnreachable(error: unknown): boolean {
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid) return true;
  // A failed connection is a system error (it names the failed syscall); an answer other than 200 is jose's generic error.
  const systemError = typeof error === 'object' && error !== null && 'syscall' in error;
  return systemError || (error instanceof joseErrors.JOSEError && error.code === joseErrors.JOSEError.code);
}

function describeTokenFailure(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'The token has expired; ask for a new one.';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') return `The token has no "${error.claim}" claim, which this hub requires.`;
    return `The token's "${error.claim}" claim is not accepted here.`;
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'The token is signed with an algorithm this hub does not accept.';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'The token signature does not verify.';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'The token names a signing key the identity provider does not publish.';
  return 'The token is malformed or cannot be verified.';
}

function principalFromClaims(payload: JWTPayload): Principal {
  const roles = stringList(payload.roles).filter((role): role is Role => (ROLES as readonly string[]).includes(role));
  if (!payload.sub || roles.length === 0) {
    throw unauthenticated(`The token must carry "sub" and at least one role of ${ROLES.join(', ')}.`);
  }
  return new Principal(
    payload.sub,
    new Set(roles),
    new Set(idList(payload.councils)),
    new Set(idList(payload.universities)),
    new Set(idList(payload.partnerships)),
    // A person's own id counts only with the role that speaks for that person.
    roles.includes('practitioner') && isUuid(payload.practitioner) ? normalisedId(payload.practitioner) : null,
    roles.includes('lecturer') && isUuid(payload.lecturer) ? normalisedId(payload.lecturer) : null,
  );
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Organisation ids from a token; anything that is not an id cannot name an organisation. */
function idList(value: unknown): string[] {
  return stringList(value).filter(isUuid).map(normalisedId);
}

/** Mints an HS256 token with the configured secret: for development, the demo and tests. */
export async function signHubToken(
  config: HubConfig,
  subject: string,
  claims: HubClaims,
  expiresIn: string | number = '8h',
): Promise<string> {
  if (!config.jwt.secret) throw new Error('Cannot mint tokens: no JWT_SECRET is configured (an identity provider issues them).');
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuer(config.jwt.issuer)
    .setAudience(config.jwt.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(config.jwt.secret));
}
