import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { Frame } from '../model/Frame.ts';
import type { FontSet } from '../model/Project.ts';
import type { ResolvedCard, ResolvedDeck } from '../model/Resolved.ts';
import { checkGlyphs } from './checkGlyphs.ts';
import { layoutCardBack } from './layoutCardBack.ts';
import { layoutCardFront } from './layoutCardFront.ts';
import { withoutRepeats } from '../diagnostics/withoutRepeats.ts';
import { BoundedCache } from '../input/BoundedCache.ts';
import { hashBytes, hashText } from '../input/hashBytes.ts';
import { fontKey } from '../input/fontKey.ts';
import { hyphenationKey } from './hyphenationExceptions.ts';

export interface LaidOutDeck {
  deck: ResolvedDeck;
  fronts: Frame[];
  back: Frame;
}

/**
 * Card frames by content: the edit loop (watch) lays out again only the card that changed. The key is a
 * hash of everything a frame is made from (see layoutContext), so an edited text, a deck setting or a
 * font file replaced under the same name gives a new key; the least recently used frames age out.
 */
const frontCache = new BoundedCache<ReturnType<typeof layoutCardFront>>('card fronts', 20_000);
const backCache = new BoundedCache<ReturnType<typeof layoutCardBack>>('card backs', 1_000);

/** Bytes (a raster logo) by their content hash; functions (a text's `at`) follow from the source text. */
const byContent = (_key: string, value: unknown) => (value instanceof Uint8Array ? `bytes:${hashBytes(value)}` : value);

/**
 * What every frame of the deck depends on besides its card: the whole resolved deck but its cards (not a
 * chosen list of fields, which missed `numbers` before), the fonts by content, and the hyphenation
 * exceptions of its language.
 */
function layoutContext(deck: ResolvedDeck, fonts: FontSet): string {
  const faces = Object.values(fonts).map((f) => `${f.role}:${f.fileName}:${fontKey(f.font)}`);
  return hashText(JSON.stringify([{ ...deck, cards: undefined }, faces, hyphenationKey(deck.lang)], byContent));
}

export type CardFrontResult = ReturnType<typeof layoutCardFront>;
export type CardBackResult = ReturnType<typeof layoutCardBack>;
/**
 * Where a deck's frames come from: each `make()` lays one out; a caller may answer from elsewhere (the
 * disk cache answers the cards of an edited deck that did not change, and its back).
 */
export interface FrameSource {
  front(card: ResolvedCard, make: () => CardFrontResult): CardFrontResult;
  back(make: () => CardBackResult): CardBackResult;
}
const layOut: FrameSource = { front: (_card, make) => make(), back: (make) => make() };

/** Every front and the shared back of a deck; all overflow and missing glyphs reported together. */
export function layoutDeck(deck: ResolvedDeck, fonts: FontSet, source: FrameSource = layOut): { laid?: LaidOutDeck; diagnostics: Diagnostic[] } {
  const diagnostics = checkGlyphs(deck, fonts);
  if (diagnostics.length) return { diagnostics };
  const fronts: Frame[] = [];
  const context = layoutContext(deck, fonts);
  for (const card of deck.cards) {
    const result = source.front(card, () => frontCache.getOrMake(`${context}\u0000${JSON.stringify(card, byContent)}`, () => layoutCardFront(card, deck, fonts)));
    diagnostics.push(...result.diagnostics);
    if (result.frame) fronts.push(result.frame);
  }
  const back = source.back(() => backCache.getOrMake(context, () => layoutCardBack(deck, fonts)));
  diagnostics.push(...back.diagnostics);
  if (!back.frame || diagnostics.some((d) => d.severity === 'error')) return { diagnostics: withoutRepeats(diagnostics) };
  return { laid: { deck, fronts, back: back.frame }, diagnostics };
}

/** For tests: how many frames the caches hold, and their bounds. */
export const layoutCaches = { fronts: frontCache, backs: backCache };
