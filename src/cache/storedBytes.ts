import { hashBytes } from './hashValue.ts';

/** Bytes as a disk cache entry holds them: their hash beside them, so that a damaged entry is seen and not used. */
interface BytesJson { what: string; sha256: string; base64: string }

/** A value given to the disk cache: the bytes, turned into text only as the cache writes them; `what` they are, said in the entry. */
export class StoredBytes {
  constructor(readonly what: string, readonly bytes: Uint8Array) {}

  toJSON(): BytesJson {
    return { what: this.what, sha256: hashBytes(this.bytes), base64: Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength).toString('base64') };
  }
}

/** The bytes of an entry of `what`: as this process made them, or read back and found whole; undefined otherwise. */
export function storedBytesOf(value: unknown, what: string): Uint8Array | undefined {
  if (value instanceof StoredBytes) return value.what === what ? value.bytes : undefined;
  const stored = value as BytesJson | undefined;
  if (stored?.what !== what || typeof stored.base64 !== 'string' || typeof stored.sha256 !== 'string') return undefined;
  const bytes = Buffer.from(stored.base64, 'base64');
  return bytes.length > 0 && hashBytes(bytes) === stored.sha256 ? bytes : undefined;
}
