/**
 * The page's frame: sign-in, then the partnership being looked at, the views the role is offered
 * and the one chosen (from the address, so a view can be bookmarked). Each view is loaded when
 * first opened, so no view's code weighs on another.
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { WITHHELD_EXPLAINED } from './figures';
import { SIGNED_OUT_EVENT, useQuery } from './graphql';
import { routesFor, type Route } from './routes';
import { forgetSession, keepSession, ROLE_NAMES, sessionFromToken, storedSession, type Session } from './session';
import { SignIn, type SignInSettings } from './sign-in';
import type { PartnershipChoice, ViewProps } from './view';

const PARTNERSHIPS_QUERY = /* GraphQL */ `
  query DashboardPartnerships {
    partnerships(first: 100) {
      nodes {
        id
        name
        councils {
          id
          name
        }
        universities {
          id
        }
      }
    }
  }
`;

interface PartnershipsAnswer {
  partnerships: { nodes: (PartnershipChoice & { universities: { id: string }[] | null })[] };
}

/** The partnerships the session acts in: those its token names, or those its council or university belongs to. */
function partnershipsOf(session: Session, answer: PartnershipsAnswer): PartnershipChoice[] {
  return answer.partnerships.nodes.filter(
    (partnership) =>
      session.partnershipIds.includes(partnership.id) ||
      partnership.councils.some((council) => session.councilIds.includes(council.id)) ||
      (partnership.universities ?? []).some((university) => session.universityIds.includes(university.id)),
  );
}

function currentPath(): string {
  return window.location.hash.replace(/^#\/?/, '');
}

function useHashPath(): string {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const follow = () => setPath(currentPath());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return path;
}

function LoadedView({ route, props }: { route: Route; props: ViewProps }) {
  const [view, setView] = useState<{ path: string; component: ComponentType<ViewProps> } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    route.load().then(
      (module) => setView({ path: route.path, component: module.default }),
      (error: Error) => setProblem(`This view could not be loaded: ${error.message}`),
    );
  }, [route]);
  // A keyboard or screen-reader user lands on the new view's title, not at the top of the page.
  useEffect(() => heading.current?.focus(), [route]);
  const View = view?.path === route.path ? view.component : null;
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {route.title}
      </h1>
      {problem ? <p class="error">{problem}</p> : View ? <View {...props} /> : <p role="status">Loading…</p>}
    </>
  );
}

function Dashboard({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  const loading = useQuery<PartnershipsAnswer>(PARTNERSHIPS_QUERY, {});
  const [partnershipId, setPartnershipId] = useState<string | null>(null);
  const path = useHashPath();
  const routes = routesFor(session.roles);
  const route = routes.find((candidate) => candidate.path === path) ?? routes[0];
  const partnerships = loading.state === 'answered' && loading.answer.data ? partnershipsOf(session, loading.answer.data) : [];
  const partnership = partnerships.find((candidate) => candidate.id === partnershipId) ?? partnerships[0];
  const roleNames = session.roles.map((role) => ROLE_NAMES[role] ?? role).join(', ');

  let body;
  if (!route) body = <p class="withheld">This token's role ({roleNames}) has no dashboard views: sign in with another.</p>;
  else if (loading.state === 'loading') body = <p role="status">Loading…</p>;
  else if (loading.state === 'failed') body = <p class="error">{loading.message}</p>;
  else if (!partnership) {
    body = <p class="withheld">{loading.answer.errors[0]?.message ?? 'This token acts in no partnership the hub holds.'}</p>;
  } else body = <LoadedView route={route} props={{ session, partnership }} />;

  return (
    <>
      <a class="skip-link" href="#content">
        Skip to content
      </a>
      <header class="top no-print">
        <span class="brand">Partnership Hub</span>
        {partnerships.length > 1 ? (
          <span>
            <label for="partnership-choice">Partnership </label>
            <select
              id="partnership-choice"
              value={partnership?.id}
              onChange={(event) => setPartnershipId((event.target as HTMLSelectElement).value)}
            >
              {partnerships.map((one) => (
                <option value={one.id}>{one.name}</option>
              ))}
            </select>
          </span>
        ) : (
          <span class="partnership-name">{partnership?.name}</span>
        )}
        <span class="who">Signed in as {roleNames}</span>
        <button type="button" class="secondary" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <nav class="views no-print" aria-label="Views">
        <ul>
          {routes.map((one) => (
            <li>
              <a href={`#/${one.path}`} aria-current={one === route ? 'page' : undefined}>
                {one.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="content">{body}</main>
      <footer class="legend">{WITHHELD_EXPLAINED}</footer>
    </>
  );
}

const NO_SIGN_IN_SETTINGS: SignInSettings = { developmentSignIn: false, oidc: null };

export function App() {
  const [session, setSession] = useState<Session | null>(storedSession);
  const [settings, setSettings] = useState<SignInSettings | null>(null);
  const [signInProblem, setSignInProblem] = useState<string | null>(null);
  const signedIn = (token: string) => {
    const next = sessionFromToken(token);
    if (!next) return setSignInProblem('The identity provider gave an access token that is not a JWT, which the hub cannot check.');
    keepSession(next);
    setSession(next);
  };
  useEffect(() => {
    fetch('/dashboard/settings.json')
      .then((response) => response.json() as Promise<SignInSettings>)
      .catch(() => NO_SIGN_IN_SETTINGS)
      .then(async (loaded) => {
        if (loaded.oidc) {
          const { finishOidcSignIn, isOidcCallback } = await import('./oidc-sign-in');
          if (isOidcCallback()) await finishOidcSignIn(loaded.oidc).then(signedIn, (error: Error) => setSignInProblem(error.message));
        }
        setSettings(loaded);
      });
    const signedOut = () => {
      forgetSession();
      setSession(null);
    };
    window.addEventListener(SIGNED_OUT_EVENT, signedOut);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, signedOut);
  }, []);
  if (!session) {
    if (!settings) {
      return (
        <main id="content">
          <p role="status">Loading…</p>
        </main>
      );
    }
    return (
      <SignIn
        settings={settings}
        problem={signInProblem}
        onSignedIn={(next) => {
          keepSession(next);
          setSession(next);
        }}
      />
    );
  }
  return (
    <Dashboard
      session={session}
      onSignOut={() => {
        forgetSession();
        setSession(null);
      }}
    />
  );
}
