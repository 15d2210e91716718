/**
 * Signing in. With an identity provider configured, the page signs in there by OpenID Connect
 * (oidc-sign-in.ts, loaded only then). In development the hub offers its demo roles: choose one
 * and the organisation it acts for, and the gateway mints a development token (POST
 * /dashboard/development-token). Anyone may paste a token they hold, from `npm run token` or
 * their identity provider.
 */
import { useEffect, useState } from 'preact/hooks';
import { graphql } from './graphql';
import type { OidcSettings } from './oidc-sign-in';
import { ROLE_NAMES, sessionFromToken, type Role, type Session } from './session';
import type { Organisation } from './view';

const DIRECTORY_QUERY = /* GraphQL */ `
  query SignInDirectory {
    partnerships(first: 100) {
      nodes {
        id
        name
      }
    }
    councils(first: 100) {
      nodes {
        id
        name
      }
    }
    universities(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`;

interface Directory {
  partnerships: { nodes: Organisation[] };
  councils: { nodes: Organisation[] };
  universities: { nodes: Organisation[] };
}

const DEMO_ROLES = ['partnership_admin', 'council_admin', 'university_admin', 'dashboard_viewer'] as const satisfies readonly Role[];
type DemoRole = (typeof DEMO_ROLES)[number];

const ORGANISATIONS_OF: Record<DemoRole, keyof Directory> = {
  partnership_admin: 'partnerships',
  council_admin: 'councils',
  university_admin: 'universities',
  dashboard_viewer: 'partnerships',
};

async function developmentToken(role: DemoRole, organisationId?: string): Promise<string> {
  const response = await fetch('/dashboard/development-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, organisationId }),
  });
  const body = (await response.json()) as { token?: string; error?: { message: string } };
  if (!body.token) throw new Error(body.error?.message ?? `The gateway answered ${response.status}.`);
  return body.token;
}

function DemoSignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [directory, setDirectory] = useState<Directory | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [role, setRole] = useState<DemoRole>('partnership_admin');
  const [organisationId, setOrganisationId] = useState('');
  useEffect(() => {
    developmentToken('dashboard_viewer')
      .then((token) => graphql<Directory>(DIRECTORY_QUERY, {}, token))
      .then((answer) =>
        answer.data ? setDirectory(answer.data) : setProblem(answer.errors[0]?.message ?? 'The hub gave no organisations.'),
      )
      .catch((error: Error) => setProblem(error.message));
  }, []);
  const organisations = directory ? directory[ORGANISATIONS_OF[role]].nodes : [];
  const chosen = organisations.some((organisation) => organisation.id === organisationId) ? organisationId : (organisations[0]?.id ?? '');
  const signIn = async (event: Event) => {
    event.preventDefault();
    try {
      onSignedIn(sessionFromToken(await developmentToken(role, chosen))!);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  return (
    <form class="card" onSubmit={signIn} aria-labelledby="demo-sign-in">
      <h2 id="demo-sign-in">Sign in with a demo role</h2>
      <p>This hub runs in development: it signs its own tokens for the demo partnership's roles.</p>
      <div class="field">
        <label for="sign-in-role">Role</label>
        <select id="sign-in-role" value={role} onChange={(event) => setRole((event.target as HTMLSelectElement).value as DemoRole)}>
          {DEMO_ROLES.map((one) => (
            <option value={one}>{ROLE_NAMES[one]}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="sign-in-organisation">Acting for</label>
        <select
          id="sign-in-organisation"
          value={chosen}
          disabled={!directory}
          onChange={(event) => setOrganisationId((event.target as HTMLSelectElement).value)}
        >
          {organisations.map((organisation) => (
            <option value={organisation.id}>{organisation.name}</option>
          ))}
        </select>
      </div>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" disabled={!chosen}>
        Sign in
      </button>
    </form>
  );
}

function PasteToken({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const useToken = (event: Event) => {
    event.preventDefault();
    const session = sessionFromToken(text.trim());
    if (!session) return setProblem('That is not a token: paste the whole JWT, three parts joined by dots.');
    onSignedIn(session);
  };
  return (
    <form class="card" onSubmit={useToken} aria-labelledby="paste-token">
      <h2 id="paste-token">Sign in with a token</h2>
      <div class="field">
        <label for="token-text">Token</label>
        <input
          id="token-text"
          type="password"
          autoComplete="off"
          value={text}
          aria-describedby={problem ? 'token-problem' : undefined}
          onInput={(event) => setText((event.target as HTMLInputElement).value)}
        />
      </div>
      {problem && (
        <p id="token-problem" class="error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit">Use this token</button>
    </form>
  );
}

/** What the gateway's /dashboard/settings.json says the sign-in may offer. */
export interface SignInSettings {
  readonly developmentSignIn: boolean;
  readonly oidc: OidcSettings | null;
}

function IdentityProviderSignIn({ oidc, problem: callbackProblem }: { oidc: OidcSettings; problem: string | null }) {
  const [problem, setProblem] = useState<string | null>(callbackProblem);
  const [leaving, setLeaving] = useState(false);
  const signIn = async (event: Event) => {
    event.preventDefault();
    setLeaving(true);
    try {
      await (await import('./oidc-sign-in')).startOidcSignIn(oidc);
    } catch (error) {
      setProblem((error as Error).message);
      setLeaving(false);
    }
  };
  return (
    <form class="card" onSubmit={signIn} aria-labelledby="identity-provider-sign-in">
      <h2 id="identity-provider-sign-in">Sign in with your organisation's account</h2>
      <p>You sign in at {new URL(oidc.issuer).host} and come back here.</p>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" disabled={leaving}>
        Continue to sign-in
      </button>
    </form>
  );
}

export function SignIn({
  settings,
  problem,
  onSignedIn,
}: {
  settings: SignInSettings;
  /** Why the last sign-in with the identity provider failed, if it did. */
  problem: string | null;
  onSignedIn: (session: Session) => void;
}) {
  return (
    <main id="content" class="sign-in">
      <h1>Partnership Hub</h1>
      <p>Placements, teaching and practice leadership across the partnership's councils and universities.</p>
      <div class="cards">
        {settings.oidc && <IdentityProviderSignIn oidc={settings.oidc} problem={problem} />}
        {settings.developmentSignIn && <DemoSignIn onSignedIn={onSignedIn} />}
        <PasteToken onSignedIn={onSignedIn} />
      </div>
    </main>
  );
}
