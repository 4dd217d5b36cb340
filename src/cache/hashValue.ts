import { createHash } from 'node:crypto';

/**
 * The key of a cached result: a SHA-256 over its parts, each serialised as JSON with bytes as their own
 * hash (a font is its content, not its place in memory) and functions left out (callers put what a
 * function computes with into the parts themselves).
 */
export function hashValue(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(JSON.stringify(part, bytesAsHashes) ?? 'undefined').update('\0');
  return hash.digest('hex');
}

const byteHashes = new WeakMap<Uint8Array, string>();

/** SHA-256 of bytes, computed once per buffer. */
export function hashBytes(bytes: Uint8Array): string {
  let known = byteHashes.get(bytes);
  if (!known) {
    known = createHash('sha256').update(bytes).digest('hex');
    byteHashes.set(bytes, known);
  }
  return known;
}

// `this[key]`, not `value`: a Buffer's toJSON has already turned `value` into a list of numbers
function bytesAsHashes(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Uint8Array ? `sha256:${hashBytes(raw)}` : value;
}
