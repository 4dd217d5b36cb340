import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../../src/input/BoundedCache.ts';

describe('BoundedCache', () => {
  it('holds no more than its bound, forgetting the least recently used entry', () => {
    const cache = new BoundedCache<number>('test', 3);
    for (const key of ['a', 'b', 'c']) cache.set(key, key.charCodeAt(0));
    expect(cache.get('a')).toBe(97); // used: now the most recent
    cache.set('d', 100);
    expect(cache.size).toBe(3);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual([97, 99, 100]);
  });

  it('makes a value once per key', () => {
    const cache = new BoundedCache<string>('test', 10);
    let made = 0;
    const make = () => `value ${++made}`;
    expect(cache.getOrMake('k', make)).toBe('value 1');
    expect(cache.getOrMake('k', make)).toBe('value 1');
    expect(cache.getOrMake('other', make)).toBe('value 2');
  });

  it('stays within its bound however many keys it is given', () => {
    const cache = new BoundedCache<number>('test', 1000);
    for (let i = 0; i < 10_000; i++) cache.getOrMake(`key ${i}`, () => i);
    expect(cache.size).toBe(1000);
    expect(cache.get('key 9999')).toBe(9999);
    expect(cache.get('key 8999')).toBeUndefined();
  });

  it('refuses a bound below one entry', () => {
    expect(() => new BoundedCache('test', 0)).toThrow('a cache needs room for at least one entry, not 0');
  });
});
