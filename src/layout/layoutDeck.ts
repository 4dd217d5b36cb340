import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { Frame } from '../model/Frame.ts';
import type { FontSet } from '../model/Project.ts';
import type { ResolvedDeck } from '../model/Resolved.ts';
import { checkGlyphs } from './checkGlyphs.ts';
import { layoutCardBack } from './layoutCardBack.ts';
import { layoutCardFront } from './layoutCardFront.ts';
import { withoutRepeats } from '../diagnostics/withoutRepeats.ts';

export interface LaidOutDeck {
  deck: ResolvedDeck;
  fronts: Frame[];
  back: Frame;
}

const frontCache = new Map<string, ReturnType<typeof layoutCardFront>>();
const backCache = new Map<string, ReturnType<typeof layoutCardBack>>();

/** Every front and the shared back of a deck; all overflow and missing glyphs reported together. */
export function layoutDeck(deck: ResolvedDeck, fonts: FontSet): { laid?: LaidOutDeck; diagnostics: Diagnostic[] } {
  const diagnostics = checkGlyphs(deck, fonts);
  if (diagnostics.length) return { diagnostics };
  const fronts: Frame[] = [];
  const context = JSON.stringify([deck.lang, deck.format, deck.layout, deck.colours, deck.print, Object.values(fonts).map((f) => f.fileName)]);
  for (const card of deck.cards) {
    // a card laid out before, with the same words, layout and fonts, is the same frame: the edit loop
    // lays out only the card that changed
    const key = `${context}\u0000${JSON.stringify(card)}`;
    let result = frontCache.get(key);
    if (!result) {
      result = layoutCardFront(card, deck, fonts);
      if (frontCache.size > 20_000) frontCache.clear();
      frontCache.set(key, result);
    }
    diagnostics.push(...result.diagnostics);
    if (result.frame) fronts.push(result.frame);
  }
  const backKey = `${context}\u0000${JSON.stringify([deck.back, deck.logo ? deck.logo.kind : '', deck.logo?.aspect])}`;
  const back = deck.logo ? layoutCardBack(deck, fonts) : backCache.get(backKey) ?? layoutCardBack(deck, fonts);
  if (!deck.logo) backCache.set(backKey, back);
  diagnostics.push(...back.diagnostics);
  if (!back.frame || diagnostics.some((d) => d.severity === 'error')) return { diagnostics: withoutRepeats(diagnostics) };
  return { laid: { deck, fronts, back: back.frame }, diagnostics };
}
