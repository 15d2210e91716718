/**
 * The `Idempotency-Key` a client sends with a mutation it may retry, and the claim a running
 * mutation holds on it. The gateway passes the header to the subgraph, under its signature; the
 * subgraph stores the key with the first answer (idempotency.ts) and replays that answer to a retry.
 */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/** A UUID fits, as does any client's own scheme of letters, digits and a little punctuation. */
export const IDEMPOTENCY_KEY_FORMAT = /^[A-Za-z0-9._:-]{8,128}$/;

export const IDEMPOTENCY_KEY_EXPECTED = '8 to 128 letters, digits, ".", "_", ":" or "-" (a UUID, for example)';

/** Who may replay an answer, for which mutation and input, and whether this request has claimed it yet. */
export interface IdempotencyClaim {
  readonly key: string;
  /** The caller's token subject: one caller's key never replays another's answer. */
  readonly subject: string;
  readonly mutation: string;
  /** SHA-256 of the mutation's arguments, so a retry with other input is told apart. */
  readonly inputHash: string;
  readonly lifetimeHours: number;
  /** True once the key's row is written in a transaction of this mutation that has not rolled back. */
  claimed: boolean;
}
