/**
 * The gateway's signature on each request it sends to a subgraph, so that a subgraph can tell a
 * request that came through the gateway from one sent to it directly. What only the gateway can
 * vouch for (a partnership's member councils, fetched from the councils subgraph for `@requires`)
 * is believed only from a signed request.
 *
 * The signature is an HMAC-SHA256, under the secret the gateway and the subgraphs share, of the
 * time, the HTTP method, the subgraph's name, the request id, the gateway's reading of the hub's
 * clock (clock.ts), the time the subgraph is given to answer (deadline.ts), the caller's
 * idempotency key (idempotency.ts), and SHA-256 hashes of the URL's query string, of the Authorization header and
 * of the exact body sent. A GET carries its
 * operation in the query string, so both places an operation can travel are covered. A captured
 * signature is therefore worthless with another method, token, operation or variables, or
 * another subgraph, and cannot be given more time or another key, and is worthless after `SIGNATURE_WINDOW_SECONDS`. The path is left out, so a
 * proxy may mount a subgraph elsewhere; only `/graphql` serves GraphQL.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { HUB_NOW_HEADER } from './clock';
import { TIME_LEFT_HEADER } from './deadline';
import { IDEMPOTENCY_KEY_HEADER } from './idempotency-key';
import { REQUEST_ID_HEADER } from './request-id';

export const GATEWAY_SIGNATURE_HEADER = 'x-hub-gateway-signature';
/** How far a signature's time may lie from the subgraph's clock, either way. */
export const SIGNATURE_WINDOW_SECONDS = 60;

const VERSION = 'v1';
const HEADER_FORMAT = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/;

/** What a signature covers; the subgraph rebuilds it from the request it received. */
export interface SignedRequest {
  readonly method: string;
  /** The URL's query string without the "?", or "" when it has none. */
  readonly search: string;
  readonly subgraph: string;
  readonly requestId: string;
  /** The `HUB_NOW_HEADER` value: the hub's clock as the gateway read it for this request. */
  readonly hubNow: string;
  /** The `TIME_LEFT_HEADER` value: how long the subgraph has to answer, or "" when none is sent. */
  readonly timeLeftMs: string;
  /** The `IDEMPOTENCY_KEY_HEADER` value the caller sent, or "" when none. */
  readonly idempotencyKey: string;
  readonly authorization: string;
  readonly body: string;
}

export interface GatewaySigningPolicy {
  readonly subgraph: string;
  /** Null: this subgraph cannot check signatures, so every request counts as a direct call. */
  readonly secret: string | null;
  readonly acceptDirectCalls: boolean;
}

export type CallerCheck =
  { readonly viaGateway: boolean } | { readonly refused: { readonly status: number; readonly code: string; readonly message: string } };

/** The header value for a request the gateway is about to send. */
export function signGatewayRequest(secret: string, request: SignedRequest, now = Date.now()): string {
  const time = Math.floor(now / 1000);
  return `t=${time},${VERSION}=${mac(secret, time, request).toString('hex')}`;
}

/** A fresh random secret, for a hub started on this machine with none configured. */
export function randomSigningSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Decides whether a subgraph serves a request, and whether the gateway vouches for it. */
export function checkGatewaySignature(
  policy: GatewaySigningPolicy,
  request: { readonly method: string; readonly search: string; readonly headers: IncomingHttpHeaders },
  body: string,
  now = Date.now(),
): CallerCheck {
  const { headers } = request;
  const header = headers[GATEWAY_SIGNATURE_HEADER];
  if (header === undefined || policy.secret === null) {
    if (policy.acceptDirectCalls) return { viaGateway: false };
    return refusal(
      403,
      'GATEWAY_SIGNATURE_REQUIRED',
      'This subgraph answers only requests signed by the gateway. Send the request to the gateway.',
    );
  }
  const match = typeof header === 'string' ? HEADER_FORMAT.exec(header) : null;
  if (!match) return refusal(401, 'GATEWAY_SIGNATURE_INVALID', `The ${GATEWAY_SIGNATURE_HEADER} header must be "t=<seconds>,v1=<hex>".`);
  const time = Number(match[1]);
  const expected = mac(policy.secret, time, {
    method: request.method,
    search: request.search,
    subgraph: policy.subgraph,
    requestId: single(headers[REQUEST_ID_HEADER]),
    hubNow: single(headers[HUB_NOW_HEADER]),
    timeLeftMs: single(headers[TIME_LEFT_HEADER]),
    idempotencyKey: single(headers[IDEMPOTENCY_KEY_HEADER]),
    authorization: single(headers.authorization),
    body,
  });
  if (!timingSafeEqual(Buffer.from(match[2], 'hex'), expected)) {
    return refusal(
      401,
      'GATEWAY_SIGNATURE_INVALID',
      'The gateway signature does not match this request: it was made for another method, query string, body, token, request id, clock reading, deadline, idempotency key or subgraph, or with another secret.',
    );
  }
  if (Math.abs(now / 1000 - time) > SIGNATURE_WINDOW_SECONDS) {
    return refusal(
      401,
      'GATEWAY_SIGNATURE_INVALID',
      `The gateway signature is more than ${SIGNATURE_WINDOW_SECONDS} s from this subgraph's clock: a replayed request, or clocks out of step.`,
    );
  }
  return { viaGateway: true };
}

function mac(secret: string, time: number, request: SignedRequest): Buffer {
  const { method, search, subgraph, requestId, hubNow, timeLeftMs, idempotencyKey, authorization, body } = request;
  // No part can hold a newline: the time is digits, the method a token, the hashes hex, the name ours, the rest header values.
  const message = [
    VERSION,
    time,
    method.toUpperCase(),
    subgraph,
    requestId,
    hubNow,
    timeLeftMs,
    sha256(idempotencyKey),
    sha256(search),
    sha256(authorization.trim()),
    sha256(body),
  ].join('\n');
  return createHmac('sha256', secret).update(message).digest();
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function single(value: string | string[] | undefined): string {
  return typeof value === 'string' ? value : '';
}

function refusal(status: number, code: string, message: string): CallerCheck {
  return { refused: { status, code, message } };
}
