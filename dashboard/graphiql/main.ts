/**
 * GraphiQL, bundled with the hub so the IDE works with no internet: every request carries the
 * token typed in the bar above it, and nothing is sent anywhere but this gateway.
 */
import { GraphiQL } from 'graphiql';
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/graphiql.css';
import './ide.css';

const TOKEN_KEY = 'partnership-hub.token';

/** Sends one operation to this gateway with the token as a bearer token. */
function fetcherFor(token: string) {
  return async (request: { query: string; variables?: unknown; operationName?: string | null }) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(request),
    });
    return response.json();
  };
}

function Ide() {
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const remember = (value: string) => {
    sessionStorage.setItem(TOKEN_KEY, value);
    setToken(value);
  };
  return createElement(
    'div',
    { className: 'ide' },
    createElement(
      'label',
      { className: 'token' },
      'Token',
      createElement('input', {
        type: 'password',
        value: token,
        autoComplete: 'off',
        placeholder: 'paste a token: npm run -s token -- --role partnership_admin --partnership demo',
        onChange: (event: { target: { value: string } }) => remember(event.target.value.trim()),
      }),
    ),
    // A new fetcher for each token, so GraphiQL fetches the schema again with it.
    createElement(GraphiQL, { key: token, fetcher: fetcherFor(token), shouldPersistHeaders: false }),
  );
}

createRoot(document.getElementById('ide')!).render(createElement(Ide));
