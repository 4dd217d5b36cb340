/**
 * The one cache type of kaartwerk: a map with a maximum number of entries that forgets the least recently
 * used one when full. Keys are strings built from content hashes (see hashBytes.ts and fontKey.ts) and the
 * other arguments of the cached function, never from objects or hand-picked fields: a changed input gives
 * a new key, so a stale value can never be found again, and the old entries age out.
 */
export class BoundedCache<V> {
  /** A Map keeps insertion order: the first key is the least recently used. */
  private readonly entries = new Map<string, V>();

  constructor(readonly name: string, readonly maxEntries: number) {
    if (!(maxEntries >= 1)) throw new Error(`a cache needs room for at least one entry, not ${maxEntries}`);
    everyCache.push(this);
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // used now: to the back of the line
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  /** The value for `key`, made by `make` when there is none yet. */
  getOrMake(key: string, make: () => V): V {
    let value = this.get(key);
    if (value === undefined) {
      value = make();
      this.set(key, value);
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

const everyCache: BoundedCache<unknown>[] = [];

/** Every cache made so far (module-level caches are made as their module loads): their names, sizes and bounds. */
export function caches(): readonly BoundedCache<unknown>[] {
  return everyCache;
}
