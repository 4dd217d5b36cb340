import { describe, expect, it } from 'vitest';
import type { FrameItem } from '../../../src/model/Frame.ts';
import type { LogoAsset } from '../../../src/model/Logo.ts';
import type { PageDocument } from '../../../src/model/Page.ts';
import { internLogos } from '../../../src/render/internLogos.ts';

const svg = (text: string): LogoAsset => ({ kind: 'svg', svg: `<svg>${text}</svg>`, aspect: 2 });
const image = (logo: LogoAsset): FrameItem => ({ kind: 'image', x: 0, y: 0, w: 20, h: 10, image: logo });
/** A document as a message brings it: a logo on a card back (in a placement) and one on the page itself. */
const documentWith = (onBack: LogoAsset, onPage: LogoAsset): PageDocument => ({
  title: 't', lang: 'nl', date: '2026-01-01T00:00:00Z',
  pages: [{ widthPt: 100, heightPt: 100, items: [image(onPage)], placements: [{ frame: { widthPt: 50, heightPt: 50, bleedPt: 0, side: 'back', items: [image(onBack)] }, x: 0, y: 0, clip: { x: 0, y: 0, w: 50, h: 50 } }] }],
});
const logoOf = (item: FrameItem | undefined) => (item?.kind === 'image' ? item.image : undefined);

describe('internLogos', () => {
  it('gives a later document the logo object of the first one with the same SVG', () => {
    const known = new Map<string, LogoAsset>();
    const first = documentWith(svg('a'), svg('b'));
    internLogos(first, known);
    const later = documentWith(svg('a'), svg('c'));
    internLogos(later, known);
    expect(logoOf(later.pages[0]!.placements[0]!.frame.items[0])).toBe(logoOf(first.pages[0]!.placements[0]!.frame.items[0]));
    // another SVG stays its own
    expect(logoOf(later.pages[0]!.items[0])).not.toBe(logoOf(first.pages[0]!.items[0]));
    expect(logoOf(later.pages[0]!.items[0])).toEqual(svg('c'));
  });

  it('leaves raster logos alone', () => {
    const raster: LogoAsset = { kind: 'raster', widthPx: 1, heightPx: 1, aspect: 1, cmyk: new Uint8Array(4) };
    const copy: LogoAsset = { ...raster, cmyk: new Uint8Array(4) };
    const known = new Map<string, LogoAsset>();
    internLogos(documentWith(raster, raster), known);
    const later = documentWith(copy, copy);
    internLogos(later, known);
    expect(logoOf(later.pages[0]!.items[0])).toBe(copy);
  });
});
