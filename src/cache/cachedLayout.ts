import fs from 'node:fs';
import type { Diagnostic, SourceRef } from '../diagnostics/Diagnostic.ts';
import { layoutDeck, type CardBackResult, type CardFrontResult, type LaidOutDeck } from '../layout/layoutDeck.ts';
import { layoutPoster, type PosterLayoutResult } from '../layout/layoutPoster.ts';
import type { YamlFile } from '../load/readYamlFile.ts';
import { frameHash, knownFrameHash } from '../output/frameHash.ts';
import { scalarEnds } from '../load/yamlTree.ts';
import type { Frame } from '../model/Frame.ts';
import type { FontSet } from '../model/Project.ts';
import type { ResolvedDeck } from '../model/Resolved.ts';
import type { ResolvedPoster } from '../model/ResolvedPoster.ts';
import { fontsKey } from './cachedResult.ts';
import { codeFingerprint } from './codeFingerprint.ts';
import type { DiskCache } from './diskCache.ts';
import { hashBytes, hashValue } from './hashValue.ts';
import { withStoredMeasures } from './storedMeasures.ts';

/**
 * A source file as it was loaded for this run: the parsed YAML the resolved values came from (or, less
 * precisely, its text).
 */
export type SourceOf = (file: string) => YamlFile | string | undefined;

/**
 * What a layout depends on besides the code: the resolved value (every word, size and colour, with
 * where each came from) and the fonts by content. A text's `at` (where its character i sits in the YAML,
 * for a message) is a function, not in the JSON: it depends on the text's own scalar in the YAML, which
 * goes into the key instead; where that scalar cannot be found, the whole file's text does.
 * Undefined when a source cannot be read (then nothing is cached).
 */
function layoutKey(kind: string, resolved: unknown, fonts: FontSet, sourceOf: SourceOf, extra?: unknown): string | undefined {
  const wholeFiles = new Set<string>();
  const json = JSON.stringify(resolved, function (this: Record<string, unknown>, key, value) {
    const raw = this[key];
    if (raw instanceof Uint8Array) return `sha256:${hashBytes(raw)}`;
    if (key === 'at' && typeof raw === 'function') {
      const source = this.source as SourceRef | undefined;
      const scalar = source && scalarAt(sourceOf(source.file), source);
      if (scalar !== undefined) return scalar;
      if (source) wholeFiles.add(source.file);
    }
    return value;
  });
  const sources: [string, string][] = [];
  for (const file of [...wholeFiles].sort()) {
    const found = sourceOf(file);
    const text = typeof found === 'string' ? found : found?.text ?? readText(file);
    if (text === undefined) return undefined;
    sources.push([file, hashValue(text)]);
  }
  return hashValue(kind, codeFingerprint(), json, fontsKey(fonts), sources, extra ?? null);
}

const scalarsOf = new WeakMap<YamlFile, Map<number, number>>();

/** The source text of the YAML scalar that starts at `at` (quotes, folding and all), if the file has one there. */
function scalarAt(file: YamlFile | string | undefined, at: SourceRef): string | undefined {
  if (!file || typeof file === 'string') return undefined;
  let ends = scalarsOf.get(file);
  if (!ends) scalarsOf.set(file, (ends = scalarEnds(file.tree)));
  const lineStart = file.lineStarts[at.line - 1];
  if (lineStart === undefined) return undefined;
  const start = lineStart + at.col - 1;
  const end = ends.get(start);
  return end === undefined ? undefined : file.text.slice(start, end);
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

/** A card front as stored, with its frame's hash (see output/frameHash.ts). */
interface StoredCard { key: string; result: CardFrontResult; frameSha256?: string }
interface StoredDeck { diagnostics: Diagnostic[]; cards?: StoredCard[]; back?: Frame; backOf?: { key: string; result: CardBackResult } }

/** The hash stored beside a frame (see output/frameHash.ts): made as it is stored, once per frame. */
const hashToStore = (frame: Frame | undefined) => frame && frameHash(frame);

/** A frame read back from the cache, known with the hash stored beside it. */
function readBack(frame: Frame | undefined, hash: unknown): void {
  if (frame && typeof hash === 'string') knownFrameHash(frame, hash);
}

/** A stored deck as read back: its card fronts' frames known with the hashes stored beside them. */
function withFrameHashes(stored: StoredDeck | undefined): StoredDeck | undefined {
  for (const card of stored?.cards ?? []) readBack(card.result.frame, card.frameSha256);
  return stored;
}

/** Where the last layout of a deck (by name, language and format) is: the key of its entry. */
const latestKey = (deck: ResolvedDeck) => hashValue('latestLayoutDeck', codeFingerprint(), deck.id, deck.lang, deck.format.id);

/**
 * `layoutDeck` through the cache: a deck laid out before with the same inputs is read, not set again. A
 * deck that changed (one card edited) takes the cards that did not change, and its back, from its last
 * layout: each is stored under a key of its own content and of everything else of the deck, so only a
 * frame with that same key, which can only come from the same inputs, is taken.
 */
export function cachedLayoutDeck(cache: DiskCache, deck: ResolvedDeck, fonts: FontSet, sourceOf: SourceOf): ReturnType<typeof layoutDeck> {
  const key = deck.logo ? undefined : layoutKey('layoutDeck', deck, fonts, sourceOf);
  const stored = key ? withFrameHashes(cache.get<StoredDeck>(key)) : undefined;
  if (stored?.cards) {
    const { diagnostics, cards, back } = stored;
    const fronts = cards.flatMap((c) => (c.result.frame ? [c.result.frame] : []));
    return back ? { laid: { deck, fronts, back }, diagnostics } : { diagnostics };
  }
  const context = key && layoutKey('deckContext', { ...deck, cards: undefined }, fonts, sourceOf);
  if (!key || !context) return layoutDeck(deck, fonts);
  const last = cache.get<{ key: string }>(latestKey(deck));
  const before = last ? withFrameHashes(cache.get<StoredDeck>(last.key)) : undefined;
  const frontsBefore = new Map((before?.cards ?? []).map((c) => [c.key, c.result]));
  const cards: StoredCard[] = [];
  let backOf: StoredDeck['backOf'];
  let cacheable = true;
  const result = withStoredMeasures(cache, fonts, deck.lang, () => layoutDeck(deck, fonts, {
    front(card, make) {
      const cardKey = layoutKey('layoutCardFront', card, fonts, sourceOf, context);
      if (!cardKey) {
        cacheable = false;
        return make();
      }
      const front = frontsBefore.get(cardKey) ?? make();
      // hashed as it is stored (a card laid out again: one front an edit), read back with the deck
      cards.push({ key: cardKey, result: front, frameSha256: hashToStore(front.frame) });
      return front;
    },
    back(make) {
      const backKey = hashValue('layoutCardBack', context);
      backOf = { key: backKey, result: before?.backOf?.key === backKey ? before.backOf.result : make() };
      return backOf.result;
    },
  }));
  const laid: LaidOutDeck | undefined = result.laid;
  if (cacheable && !(laid && hasImage([...laid.fronts, laid.back]))) {
    cache.set(key, { diagnostics: result.diagnostics, cards, back: laid?.back, backOf } satisfies StoredDeck);
    cache.set(latestKey(deck), { key });
  }
  return result;
}

/** A poster's layout as stored, with its frame's hash. */
interface StoredPoster { result: PosterLayoutResult; frameSha256?: string }

/** `layoutPoster` through the cache, the same way. */
export function cachedLayoutPoster(cache: DiskCache, poster: ResolvedPoster, fonts: FontSet, sourceOf: SourceOf, sheet?: { widthMm: number; heightMm: number }): PosterLayoutResult {
  const key = poster.logo ? undefined : layoutKey('layoutPoster', poster, fonts, sourceOf, sheet);
  const stored = key ? cache.get<StoredPoster>(key) : undefined;
  if (stored?.result) {
    readBack(stored.result.frame, stored.frameSha256);
    return stored.result;
  }
  const result = withStoredMeasures(cache, fonts, poster.lang, () => layoutPoster(poster, fonts, sheet));
  if (key && !(result.frame && hasImage([result.frame]))) cache.set(key, { result, frameSha256: hashToStore(result.frame) } satisfies StoredPoster);
  return result;
}
