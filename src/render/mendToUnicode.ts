/**
 * fontkit makes each glyph object of a Font once and keeps the code points it was first made with. A
 * font subset that embeds a composite glyph makes its components with none (NotoSans' '…' is three
 * '.'), and pdfkit takes a glyph's code points for the PDF's ToUnicode map from that object: a '.'
 * shaped after such a subset was written with no character, and copied text, search and screen readers
 * got '"' or nothing for it. It showed once the layout cache on disk left the first shaping of a process
 * to the renderer. Before pdfkit writes its fonts, each glyph without code points gets those the font's
 * character map gives it; every other entry is left as shaping made it (ligatures keep their letters).
 */
interface EmbeddedFont {
  font?: { _cmapProcessor?: { codePointsForGlyph(glyph: number): number[] } };
  subset?: { glyphs?: number[] };
  unicode?: (number[] | undefined)[];
}

export function mendToUnicode(document: PDFKit.PDFDocument): void {
  const families = (document as unknown as { _fontFamilies: Record<string, EmbeddedFont> })._fontFamilies;
  for (const embedded of Object.values(families)) {
    const { unicode, subset, font } = embedded;
    const cmap = font?._cmapProcessor;
    if (!unicode || !subset?.glyphs || !cmap) continue;
    // subset glyph 0 is .notdef, mapped to nothing on purpose
    for (let gid = 1; gid < subset.glyphs.length; gid++) {
      if (unicode[gid]?.length) continue;
      const original = subset.glyphs[gid];
      if (original !== undefined) unicode[gid] = cmap.codePointsForGlyph(original);
    }
  }
}
