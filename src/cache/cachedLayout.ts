import fs from 'node:fs';
import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import { layoutDeck, type LaidOutDeck } from '../layout/layoutDeck.ts';
import { layoutPoster, type PosterLayoutResult } from '../layout/layoutPoster.ts';
import type { Frame } from '../model/Frame.ts';
import type { FontSet } from '../model/Project.ts';
import type { ResolvedDeck } from '../model/Resolved.ts';
import type { ResolvedPoster } from '../model/ResolvedPoster.ts';
import { codeFingerprint } from './codeFingerprint.ts';
import type { DiskCache } from './diskCache.ts';
import { hashBytes, hashValue } from './hashValue.ts';

/** The text of a source file as it was loaded for this run (the YAML the resolved values came from). */
export type SourceText = (file: string) => string | undefined;

/**
 * What a layout depends on besides the code: the resolved value (every word, size and colour, with
 * where each came from), the fonts by content, and the whole text of every file its words came from —
 * a text's `at` (where character i sits in the YAML) is a function of that text and not in the JSON.
 * Undefined when a source cannot be read (then nothing is cached).
 */
function layoutKey(kind: string, resolved: unknown, fonts: FontSet, sourceText: SourceText, extra?: unknown): string | undefined {
  const files = new Set<string>();
  const json = JSON.stringify(resolved, function (this: Record<string, unknown>, key, value) {
    const raw = this[key];
    if (raw instanceof Uint8Array) return `sha256:${hashBytes(raw)}`;
    if (key === 'file' && typeof value === 'string') files.add(value);
    return value;
  });
  const sources: [string, string][] = [];
  for (const file of [...files].sort()) {
    const text = sourceText(file) ?? readText(file);
    if (text === undefined) return undefined;
    sources.push([file, hashValue(text)]);
  }
  const faces = Object.entries(fonts).map(([role, face]) => [role, face.fileName, hashBytes(face.bytes)]);
  return hashValue(kind, codeFingerprint(), json, faces, sources, extra ?? null);
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** An image item holds a logo (bytes, a drawing made once per process): such frames are laid out each run. */
const hasImage = (frames: readonly Frame[]) => frames.some((f) => f.items.some((item) => item.kind === 'image'));

interface StoredDeck { diagnostics: Diagnostic[]; fronts?: Frame[]; back?: Frame }

/** `layoutDeck` through the cache: a deck laid out before with the same inputs is read, not set again. */
export function cachedLayoutDeck(cache: DiskCache, deck: ResolvedDeck, fonts: FontSet, sourceText: SourceText): ReturnType<typeof layoutDeck> {
  const key = deck.logo ? undefined : layoutKey('layoutDeck', deck, fonts, sourceText);
  const stored = key ? cache.get<StoredDeck>(key) : undefined;
  if (stored) {
    const { diagnostics, fronts, back } = stored;
    return fronts && back ? { laid: { deck, fronts, back }, diagnostics } : { diagnostics };
  }
  const result = layoutDeck(deck, fonts);
  const laid: LaidOutDeck | undefined = result.laid;
  if (key && !(laid && hasImage([...laid.fronts, laid.back]))) {
    cache.set(key, { diagnostics: result.diagnostics, fronts: laid?.fronts, back: laid?.back } satisfies StoredDeck);
  }
  return result;
}

/** `layoutPoster` through the cache, the same way. */
export function cachedLayoutPoster(cache: DiskCache, poster: ResolvedPoster, fonts: FontSet, sourceText: SourceText, sheet?: { widthMm: number; heightMm: number }): PosterLayoutResult {
  const key = poster.logo ? undefined : layoutKey('layoutPoster', poster, fonts, sourceText, sheet);
  const stored = key ? cache.get<PosterLayoutResult>(key) : undefined;
  if (stored) return stored;
  const result = layoutPoster(poster, fonts, sheet);
  if (key && !(result.frame && hasImage([result.frame]))) cache.set(key, result);
  return result;
}
