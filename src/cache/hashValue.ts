import { createHash } from 'node:crypto';
import { hashBytes } from '../input/hashBytes.ts';

export { hashBytes };

/**
 * The key of a cached result: a SHA-256 over its parts, each serialised as JSON with bytes as their
 * content hash (the input layer's: a font is its content, not its place in memory) and functions left
 * out (callers put what a function computes with into the parts themselves).
 */
export function hashValue(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(JSON.stringify(part, bytesAsHashes) ?? 'undefined').update('\0');
  return hash.digest('hex');
}

// `this[key]`, not `value`: a Buffer's toJSON has already turned `value` into a list of numbers
function bytesAsHashes(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Uint8Array ? `sha256:${hashBytes(raw)}` : value;
}
