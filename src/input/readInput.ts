import fs from 'node:fs';
import { hashBytes } from './hashBytes.ts';

/**
 * One file as a build read it: its bytes and their content hash (sha256, hex). Every file kaartwerk reads
 * for a build comes through here (or through an InputSet, which records it), so that whatever depends on
 * the file can be keyed by `hash`: caches, output content hashes, a persistent cache on disk.
 */
export interface Input {
  path: string;
  bytes: Uint8Array;
  hash: string;
}

/** Reads `path` (throws as fs.readFileSync does) and hashes its bytes once. */
export function readInput(path: string): Input {
  const bytes = fs.readFileSync(path);
  return { path, bytes, hash: hashBytes(bytes) };
}
