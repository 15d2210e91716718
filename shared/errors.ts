/**
 * The hub's two kinds of error. A request that cannot run at all (no token, out of scope, a bad
 * argument, an internal fault) is a top-level GraphQL error with `extensions.code`. A mutation
 * that runs but is refused by validation or a domain rule answers with `userErrors` in its
 * payload, each naming the input field and a stable code, and writes nothing.
 */
import { GraphQLError } from 'graphql';
import { Field, ObjectType, Directive } from 'type-graphql';
import { UserErrorCodeEnum, type UserErrorCode } from './user-error-codes';

export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  SUBGRAPH_TIMEOUT: 'SUBGRAPH_TIMEOUT',
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  IDENTITY_PROVIDER_UNAVAILABLE: 'IDENTITY_PROVIDER_UNAVAILABLE',
  WRITE_OUTCOME_UNKNOWN: 'WRITE_OUTCOME_UNKNOWN',
  IDEMPOTENCY_KEY_INVALID: 'IDEMPOTENCY_KEY_INVALID',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  IDEMPOTENCY_KEY_IN_PROGRESS: 'IDEMPOTENCY_KEY_IN_PROGRESS',
} as const;

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
  });
}

export function identityProviderUnavailable(): GraphQLError {
  return new GraphQLError(
    "Tokens cannot be checked just now: the identity provider's signing keys could not be fetched. Try again shortly.",
    {
      extensions: { code: ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE, http: { status: 503 } },
    },
  );
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

/**
 * A reference to a record the caller may not see, or that no longer exists; the same either way,
 * so it says nothing of which. Only the referring position is nulled, and this says why.
 */
export function recordNotVisible(typeName: string): GraphQLError {
  return new GraphQLError(`This ${typeName} is not one the caller may see, or it no longer exists.`, {
    extensions: { code: ErrorCode.FORBIDDEN },
  });
}

export function badUserInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument } });
}

@Directive('@shareable')
@ObjectType({ description: 'Why a mutation was refused. Nothing was written.' })
export class UserError {
  @Field(() => [String], { description: 'Path to the input field concerned, e.g. ["input", "gssCode"].' })
  field: string[];

  @Field(() => UserErrorCodeEnum, { description: 'Stable, machine-readable reason, e.g. GSS_CODE_INVALID.' })
  code: UserErrorCode;

  @Field({ description: 'What was expected and what was received, in plain words.' })
  message: string;
}

/** Collects user errors while a mutation validates its input. */
export class UserErrors {
  readonly list: UserError[] = [];

  add(field: string, code: UserErrorCode, message: string): this {
    this.list.push(Object.assign(new UserError(), { field: ['input', ...field.split('.')], code, message }));
    return this;
  }

  get any(): boolean {
    return this.list.length > 0;
  }
}

/** PostgreSQL's unique_violation, raised when a concurrent write beat our own check. */
export function uniqueViolationConstraint(error: unknown): string | null {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } })?.driverError ?? error;
  const { code, constraint } = driverError as { code?: string; constraint?: string };
  return code === '23505' ? (constraint ?? '') : null;
}
