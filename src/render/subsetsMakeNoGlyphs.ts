interface EmbeddedFont {
  font?: { _glyphs?: Record<string, unknown> };
  subset?: { encode?: () => Uint8Array };
}

/**
 * fontkit makes each glyph object of a Font once, with the code points of the text it was first made
 * for, and later shaping reuses that object. A subset fontkit encodes makes the objects of its glyphs
 * (and of composite glyphs' components) with no code points. Once a document's words came from the disk
 * cache, no shaping had made those objects first, and a word shaped afterwards took glyphs without
 * characters: its 'fi' ligature read back as nothing in copied text, search and screen readers (the
 * DichtErBij poster's "first"). So the glyph objects a subset makes are dropped once it is encoded; the
 * next shaping makes them anew with their characters. Call after the other wrappers of `encode`.
 */
export function subsetsMakeNoGlyphs(document: PDFKit.PDFDocument): void {
  const families = (document as unknown as { _fontFamilies: Record<string, EmbeddedFont> })._fontFamilies;
  for (const { font, subset } of Object.values(families)) {
    const glyphs = font?._glyphs;
    if (!subset?.encode || !glyphs) continue;
    const encode = subset.encode.bind(subset);
    subset.encode = () => {
      const before = new Set(Object.keys(glyphs));
      try {
        return encode();
      } finally {
        for (const id of Object.keys(glyphs)) if (!before.has(id)) delete glyphs[id];
      }
    };
  }
}
