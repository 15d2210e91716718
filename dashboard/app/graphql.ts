/**
 * GraphQL over fetch to this gateway, with the signed-in user's token. An answer keeps its
 * errors beside its data: a partial answer is normal (a section the role may not see), and each
 * section of a view says why it is empty from the error at its path.
 */
import { useEffect, useState } from 'preact/hooks';
import { storedSession } from './session';

export interface AnswerError {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: { readonly code?: string };
}

export interface Answer<Data> {
  readonly data: Data | null;
  readonly errors: readonly AnswerError[];
}

export type Variables = Record<string, unknown>;

/** Fired when the hub refuses the token (expired, revoked): the page signs out. */
export const SIGNED_OUT_EVENT = 'partnership-hub:signed-out';

export async function graphql<Data>(query: string, variables: Variables = {}, token = storedSession()?.token): Promise<Answer<Data>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Data | null; errors?: AnswerError[] };
  const errors = body.errors ?? [];
  if (errors.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
  return { data: body.data ?? null, errors };
}

/** The message of the first error at or below `path`: why that part of the answer is empty. */
export function errorAt(answer: Answer<unknown>, ...path: readonly (string | number)[]): string | null {
  const error = answer.errors.find((candidate) => path.every((step, index) => candidate.path?.[index] === step));
  return error?.message ?? null;
}

/** Errors that belong to no field: the request as a whole failed. */
export function requestError(answer: Answer<unknown>): string | null {
  return answer.errors.find((error) => !error.path)?.message ?? null;
}

export interface Connection<Node> {
  readonly nodes: readonly Node[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

/**
 * Every node of a paged list, page by page (100 at a time, the hub's largest page): for exports.
 * The query takes `$first` and `$after`; `pick` finds the connection in its answer.
 */
export async function allNodes<Data, Node>(
  query: string,
  variables: Variables,
  pick: (data: Data) => Connection<Node> | null | undefined,
): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const answer: Answer<Data> = await graphql<Data>(query, { ...variables, first: 100, after });
    const connection = answer.data ? pick(answer.data) : null;
    if (!connection) throw new Error(answer.errors[0]?.message ?? 'The hub gave no list.');
    nodes.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage) return nodes;
    after = connection.pageInfo.endCursor;
  }
}

export type Loading<Data> =
  | { readonly state: 'loading' }
  | { readonly state: 'answered'; readonly answer: Answer<Data> }
  | { readonly state: 'failed'; readonly message: string };

/** Runs the query whenever its variables change (and when `reload` is bumped); the latest answer wins. */
export function useQuery<Data>(query: string, variables: Variables, reload = 0): Loading<Data> {
  const [loading, setLoading] = useState<Loading<Data>>({ state: 'loading' });
  const key = JSON.stringify(variables);
  useEffect(() => {
    let current = true;
    graphql<Data>(query, variables).then(
      (answer) => current && setLoading({ state: 'answered', answer }),
      (error: Error) => current && setLoading({ state: 'failed', message: `The hub did not answer: ${error.message}` }),
    );
    return () => {
      current = false;
    };
  }, [query, key, reload]);
  return loading;
}
