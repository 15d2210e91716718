/**
 * Who is signed in: the bearer token, kept for this browser tab only (sessionStorage, which the
 * bundled GraphQL IDE shares), and the claims the page reads from it to choose what to offer.
 * The page never trusts these claims for access: the hub checks the token on every request.
 */
export type Role = 'partnership_admin' | 'council_admin' | 'university_admin' | 'dashboard_viewer' | 'practitioner' | 'lecturer';

export interface Session {
  readonly token: string;
  readonly subject: string;
  readonly roles: readonly Role[];
  readonly partnershipIds: readonly string[];
  readonly councilIds: readonly string[];
  readonly universityIds: readonly string[];
  /** When the token expires, in ms since the epoch; null when it does not say. */
  readonly expiresAt: number | null;
}

const TOKEN_KEY = 'partnership-hub.token';

export const ROLE_NAMES: Record<Role, string> = {
  partnership_admin: 'Partnership admin',
  council_admin: 'Council admin',
  university_admin: 'University admin',
  dashboard_viewer: 'Dashboard viewer',
  practitioner: 'Practitioner',
  lecturer: 'Lecturer',
};

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The claims of a JWT, unverified: null when the text is not one. */
export function sessionFromToken(token: string): Session | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    return {
      token,
      subject: typeof claims.sub === 'string' ? claims.sub : '',
      roles: list(claims.roles) as Role[],
      partnershipIds: list(claims.partnerships),
      councilIds: list(claims.councils),
      universityIds: list(claims.universities),
      expiresAt: typeof claims.exp === 'number' ? claims.exp * 1000 : null,
    };
  } catch {
    return null;
  }
}

export function storedSession(): Session | null {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? sessionFromToken(token) : null;
}

export function keepSession(session: Session): void {
  sessionStorage.setItem(TOKEN_KEY, session.token);
}

export function forgetSession(): void {
  sessionStorage.removeItem(TOKEN_KEY);
}

export function has(session: Session, role: Role): boolean {
  return session.roles.includes(role);
}
