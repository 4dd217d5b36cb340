import type { ResolvedDeck } from '../model/Resolved.ts';
import { mmToPt } from './units.ts';

/** The poker card the layouts are drawn for, when a layout names no reference height. */
const REFERENCE_HEIGHT_MM = 88;

/** Type may grow at most this much faster than the card's width: lines keep enough words to read well. */
const MAX_TYPE_OVER_WIDTH = 1.25;

/**
 * Size, bleed, margin and scale of a card of the deck's format, in points. Type, band and gaps scale with
 * the card's height (capped at a quarter more than its width), so a tall tarot card sets its words larger
 * for its extra height instead of leaving its lower half empty; margins scale with the width.
 */
export function cardGeometry(deck: ResolvedDeck, marginMm: number) {
  const widthRatio = deck.format.widthMm / deck.layout.referenceWidthMm;
  const heightRatio = deck.format.heightMm / (deck.layout.referenceHeightMm ?? REFERENCE_HEIGHT_MM);
  return {
    scale: Math.min(heightRatio, widthRatio * MAX_TYPE_OVER_WIDTH),
    widthPt: mmToPt(deck.format.widthMm),
    heightPt: mmToPt(deck.format.heightMm),
    bleedPt: mmToPt(deck.print.bleedMm),
    // never inside the safe zone, whatever the layout asks
    marginPt: mmToPt(Math.max(marginMm * widthRatio, deck.print.safeMm)),
  };
}
