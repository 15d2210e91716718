/**
 * A mutation's answer as text to keep, and back: the payload object the resolver returned, with
 * the entities in it as instances of their classes again and its dates as dates, so that a replay
 * resolves every field the caller selects exactly as the first answer did. Classes it is not told
 * of come back as plain objects. Each value is tagged by kind, so no caller text is read as a tag.
 */
type Encoded = null | boolean | number | string | ['d', string] | ['a', Encoded[]] | ['o', string | null, Record<string, Encoded>];

export type ClassRegistry = ReadonlyMap<string, abstract new () => object>;

export function encodeAnswer(value: unknown, classes: ClassRegistry): string {
  const names = new Map([...classes].map(([name, type]) => [type as unknown, name]));
  const seen = new Set<object>();
  const encode = (item: unknown): Encoded => {
    if (item === null || item === undefined) return null;
    if (typeof item === 'boolean' || typeof item === 'number' || typeof item === 'string') return item;
    if (item instanceof Date) return ['d', item.toISOString()];
    if (typeof item !== 'object') throw new TypeError(`An answer cannot hold a ${typeof item}.`);
    if (seen.has(item)) throw new TypeError('An answer cannot refer to itself.');
    seen.add(item);
    const encoded: Encoded = Array.isArray(item)
      ? ['a', item.map(encode)]
      : [
          'o',
          names.get(item.constructor) ?? null,
          Object.fromEntries(Object.entries(item).flatMap(([field, inner]) => (inner === undefined ? [] : [[field, encode(inner)]]))),
        ];
    seen.delete(item);
    return encoded;
  };
  return JSON.stringify(encode(value));
}

export function decodeAnswer(text: string, classes: ClassRegistry): unknown {
  const decode = (item: Encoded): unknown => {
    if (!Array.isArray(item)) return item;
    if (item[0] === 'd') return new Date(item[1]);
    if (item[0] === 'a') return item[1].map(decode);
    const type = item[1] === null ? undefined : classes.get(item[1]);
    const fields = Object.fromEntries(Object.entries(item[2]).map(([field, inner]) => [field, decode(inner)]));
    return Object.assign(type ? Object.create(type.prototype as object) : {}, fields);
  };
  return decode(JSON.parse(text) as Encoded);
}
