import type { ResolvedDeck } from '../model/Resolved.ts';
import { mmToPt } from './units.ts';

/** Size, bleed, margin and scale of a card of the deck's format, in points. */
export function cardGeometry(deck: ResolvedDeck, marginMm: number) {
  const scale = deck.format.widthMm / deck.layout.referenceWidthMm;
  return {
    scale,
    widthPt: mmToPt(deck.format.widthMm),
    heightPt: mmToPt(deck.format.heightMm),
    bleedPt: mmToPt(deck.print.bleedMm),
    // never inside the safe zone, whatever the layout asks
    marginPt: mmToPt(Math.max(marginMm * scale, deck.print.safeMm)),
  };
}
