import type { FrameItem } from '../model/Frame.ts';
import type { LogoAsset } from '../model/Logo.ts';
import type { PageDocument } from '../model/Page.ts';

/**
 * Gives every SVG logo of a document that reached the render worker the logo object of the first
 * document that had the same SVG. A message arrives as a copy of its own, so each document would bring a
 * new logo object; renderPdf keeps an SVG's drawing per logo object and copies it into later documents
 * (the same bytes as drawing it again), which it can do only for a logo it has seen. `known` lives as
 * long as the worker: an edition brings one logo or a few.
 */
export function internLogos(document: PageDocument, known: Map<string, LogoAsset>): void {
  const intern = (items: FrameItem[]) => {
    for (const item of items) {
      if (item.kind !== 'image' || item.image.kind !== 'svg') continue;
      const key = `${item.image.aspect}:${item.image.svg}`;
      const first = known.get(key);
      if (first) item.image = first;
      else known.set(key, item.image);
    }
  };
  for (const page of document.pages) {
    intern(page.items);
    for (const placement of page.placements) intern(placement.frame.items);
  }
}
