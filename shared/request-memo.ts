/**
 * Work done once per request: a result kept for the rest of the request under a key, so two
 * fields that need the same figures (a partnership's roll-up and its agreement's progress) share
 * one computation. Keyed on the request's loaders, which are made afresh for every request, so
 * nothing outlives it.
 */
const memos = new WeakMap<object, Map<string, Promise<unknown>>>();

export function oncePerRequest<T>(requestLoaders: object, key: string, compute: () => Promise<T>): Promise<T> {
  let memo = memos.get(requestLoaders);
  if (!memo) {
    memo = new Map();
    memos.set(requestLoaders, memo);
  }
  const known = memo.get(key) as Promise<T> | undefined;
  if (known) return known;
  const result = compute();
  memo.set(key, result);
  return result;
}
