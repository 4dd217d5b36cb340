import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { Frame } from '../model/Frame.ts';
import type { FontSet } from '../model/Project.ts';
import type { ResolvedDeck } from '../model/Resolved.ts';
import { checkGlyphs } from './checkGlyphs.ts';
import { layoutCardBack } from './layoutCardBack.ts';
import { layoutCardFront } from './layoutCardFront.ts';

export interface LaidOutDeck {
  deck: ResolvedDeck;
  fronts: Frame[];
  back: Frame;
}

/** Every front and the shared back of a deck; all overflow and missing glyphs reported together. */
export function layoutDeck(deck: ResolvedDeck, fonts: FontSet): { laid?: LaidOutDeck; diagnostics: Diagnostic[] } {
  const diagnostics = checkGlyphs(deck, fonts);
  if (diagnostics.length) return { diagnostics };
  const fronts: Frame[] = [];
  for (const card of deck.cards) {
    const result = layoutCardFront(card, deck, fonts);
    diagnostics.push(...result.diagnostics);
    if (result.frame) fronts.push(result.frame);
  }
  const back = layoutCardBack(deck, fonts);
  diagnostics.push(...back.diagnostics);
  if (!back.frame || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return { laid: { deck, fronts, back: back.frame }, diagnostics };
}
