import type { PageDocument } from '../model/Page.ts';
import { visibleItems } from './visibleItems.ts';

/**
 * About how long a document takes to draw, for handing out the largest files first: the items drawn,
 * a text (shaped, its glyphs embedded) counting for several rectangles or lines.
 */
export function drawCost(document: PageDocument): number {
  let cost = 0;
  for (const page of document.pages) {
    const items = [...page.items, ...page.placements.flatMap(visibleItems)];
    for (const item of items) cost += item.kind === 'text' ? 4 : 1;
  }
  return cost;
}
