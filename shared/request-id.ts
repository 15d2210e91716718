/**
 * The header that carries a request's id from the gateway to every subgraph and back to the
 * caller. A module of its own because both the HTTP front (http-server.ts) and the gateway's
 * signature (gateway-signature.ts), which the front's caller check uses, need it.
 */
export const REQUEST_ID_HEADER = 'x-request-id';
