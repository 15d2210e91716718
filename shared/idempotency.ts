/**
 * Idempotency keys on every mutation: a client that may retry sends an `Idempotency-Key` header
 * (idempotency-key.ts), and a retry with the same key, by the same caller, of the same mutation
 * with the same input is answered with the first answer instead of writing again. The same key
 * with other input is refused (IDEMPOTENCY_KEY_REUSED). Without a key every request runs.
 *
 * The key is written in the mutation's own transaction (idempotency-subscriber.ts), so it is
 * stored if and only if the write committed; a mutation refused before writing stores nothing,
 * and its retry runs again. The answer is kept just after the commit, with one more statement; a
 * retry arriving in between waits for it (a subgraph that dies in between leaves the write without
 * its answer: the retry is told the write stands), as does a concurrent duplicate, which the key's primary
 * key holds back until the first commits. Keys live `IDEMPOTENCY_KEY_LIFETIME_HOURS` (config.ts).
 */
import { createHash } from 'node:crypto';
import { GraphQLError, type GraphQLFieldResolver } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Principal } from './auth';
import { timeLeftMs } from './deadline';
import { ErrorCode, UserError } from './errors';
import { decodeAnswer, encodeAnswer, type ClassRegistry } from './idempotency-answer';
import { IDEMPOTENCY_KEY_EXPECTED, IDEMPOTENCY_KEY_FORMAT, type IdempotencyClaim } from './idempotency-key';
import { findStoredKey, keepAnswer, type StoredKey } from './idempotency-store';
import { IdempotencyKeyTaken } from './idempotency-subscriber';
import { currentRequestScope } from './request-context';

export interface IdempotentContext {
  readonly principal: Principal;
  readonly dataSource: DataSource;
  /** The request's key and how long keys live; null when the request sent none. */
  readonly idempotency: { readonly key: string; readonly lifetimeHours: number } | null;
}

type FieldResolver = GraphQLFieldResolver<unknown, IdempotentContext>;

interface ThrownError {
  readonly message: string;
  readonly extensions: Record<string, unknown>;
}

type Outcome = { value: unknown } | { error: ThrownError };

/** An outcome as kept: the value encoded (idempotency-answer.ts), or the error as sent. */
type KeptOutcome = { value: string } | { error: ThrownError };

/** How often a retry looks again for an answer still being kept. */
const ANSWER_POLL_MS = 50;

/** The mutation resolvers of a resolver map, each wrapped to honour idempotency keys. */
export function idempotentMutations(mutations: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(mutations).map(([name, resolve]) => [
      name,
      typeof resolve === 'function' ? idempotent(name, resolve as FieldResolver) : resolve,
    ]),
  );
}

function idempotent(mutation: string, resolve: FieldResolver): FieldResolver {
  return async (source, args, context, info) => {
    if (!context.idempotency) return resolve(source, args, context, info);
    const { key, lifetimeHours } = context.idempotency;
    if (!IDEMPOTENCY_KEY_FORMAT.test(key)) {
      throw new GraphQLError(`The Idempotency-Key header must be ${IDEMPOTENCY_KEY_EXPECTED}.`, {
        extensions: { code: ErrorCode.IDEMPOTENCY_KEY_INVALID },
      });
    }
    const claim: IdempotencyClaim = {
      key,
      subject: context.principal.subject,
      mutation,
      inputHash: inputHash(args),
      lifetimeHours,
      claimed: false,
    };
    const { dataSource } = context;
    const stored = await findStoredKey(dataSource, claim);
    if (stored) return replay(claim, await answered(dataSource, claim, stored), dataSource);

    const scope = currentRequestScope();
    if (scope) scope.idempotency = claim;
    let outcome: Outcome;
    try {
      outcome = { value: await resolve(source, args, context, info) };
    } catch (error) {
      if (error instanceof IdempotencyKeyTaken) return replay(claim, await answered(dataSource, claim, null), dataSource);
      // Not written, or not known to be: nothing to replay, so a retry runs again or finds the key.
      if (!claim.claimed || !(error instanceof GraphQLError) || error.extensions.code === ErrorCode.WRITE_OUTCOME_UNKNOWN) throw error;
      outcome = { error: { message: error.message, extensions: { ...error.extensions } } };
    } finally {
      if (scope) scope.idempotency = undefined;
    }
    if (claim.claimed) await keepAnswer(dataSource, claim, JSON.stringify(encodeOutcome(outcome, dataSource)));
    if ('error' in outcome) throw replayedError(outcome.error);
    return outcome.value;
  };
}

/** The arguments as graphql-js coerced them, in the schema's field order, so the same input hashes the same. */
function inputHash(args: unknown): string {
  return createHash('sha256').update(JSON.stringify(args)).digest('hex');
}

/** The stored key once its answer is kept, waiting for it until the request's deadline. */
async function answered(dataSource: DataSource, claim: IdempotencyClaim, first: StoredKey | null): Promise<StoredKey | null> {
  let stored = first ?? (await findStoredKey(dataSource, claim));
  // Outside a request, which has no deadline, it looks once and does not wait.
  const deadline = currentRequestScope()?.deadline ?? 0;
  while (stored && stored.answer === null && stored.inputHash === claim.inputHash && timeLeftMs(deadline) > ANSWER_POLL_MS) {
    await new Promise((resolve) => setTimeout(resolve, ANSWER_POLL_MS));
    stored = await findStoredKey(dataSource, claim);
  }
  return stored;
}

function replay(claim: IdempotencyClaim, stored: StoredKey | null, dataSource: DataSource): unknown {
  if (stored && stored.inputHash !== claim.inputHash) {
    throw new GraphQLError(
      `The Idempotency-Key "${claim.key}" was first sent with other input to ${claim.mutation}: a key names one request. Send a new key for new input.`,
      { extensions: { code: ErrorCode.IDEMPOTENCY_KEY_REUSED, idempotencyKey: claim.key } },
    );
  }
  if (!stored?.answer) {
    throw new GraphQLError(
      `A request with the Idempotency-Key "${claim.key}" wrote, and its answer is not on record: it is still finishing, or its subgraph lost its database or stopped as it committed. Its write stands; try again shortly, or read the record.`,
      { extensions: { code: ErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS, idempotencyKey: claim.key } },
    );
  }
  const outcome = decodeOutcome(JSON.parse(stored.answer) as KeptOutcome, dataSource);
  if ('error' in outcome) throw replayedError(outcome.error);
  return outcome.value;
}

function replayedError(error: ThrownError): GraphQLError {
  return new GraphQLError(error.message, { extensions: error.extensions });
}

function encodeOutcome(outcome: Outcome, dataSource: DataSource): KeptOutcome {
  return 'error' in outcome ? outcome : { value: encodeAnswer(outcome.value, answerClasses(dataSource)) };
}

function decodeOutcome(kept: KeptOutcome, dataSource: DataSource): Outcome {
  return 'error' in kept ? kept : { value: decodeAnswer(kept.value, answerClasses(dataSource)) };
}

const registries = new WeakMap<DataSource, ClassRegistry>();

/** The classes an answer may hold instances of: the subgraph's entities, and refusals. */
function answerClasses(dataSource: DataSource): ClassRegistry {
  let registry = registries.get(dataSource);
  if (!registry) {
    const entities = dataSource.entityMetadatas.flatMap((metadata) =>
      typeof metadata.target === 'function' ? [[metadata.name, metadata.target as abstract new () => object] as const] : [],
    );
    registry = new Map([...entities, ['UserError', UserError]]);
    registries.set(dataSource, registry);
  }
  return registry;
}
