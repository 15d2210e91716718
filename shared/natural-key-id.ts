/**
 * Ids for records that have a national natural key (a council's GSS code, a university's UKPRN,
 * a social worker's SWE number) are name-based UUIDs (RFC 4122 version 5) of that key. Every
 * subgraph, seed and token tool therefore agrees on the id without reading another's tables,
 * and the id survives a reseed. The natural key is fixed once a record exists.
 */
import { createHash } from 'node:crypto';

/** The namespace of this hub's name-based ids; never change it, or every id changes. */
const HUB_NAMESPACE = '6f1d3c52-8a0e-4b57-9a39-2f5f4c0e7d21';

export type NaturalKeyKind = 'council' | 'university' | 'practitioner';

export function naturalKeyId(kind: NaturalKeyKind, key: string): string {
  return nameBasedUuid(`${kind}:${key.toUpperCase()}`);
}

/** The version 5 UUID of a name in the hub's namespace: the same name always gives the same id. */
export function nameBasedUuid(name: string): string {
  const namespace = Buffer.from(HUB_NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(name).digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  return uuidFromHex(bytes.toString('hex'));
}

/** 32 hex digits written as a UUID, in PostgreSQL's own form of one. */
export function uuidFromHex(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
