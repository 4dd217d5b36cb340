import type { SourceRef } from '../diagnostics/Diagnostic.ts';

/**
 * Where `<unit id="…">` of `<file id="…">` starts in an XLIFF text (the XML parser keeps no positions), so
 * that a refused unit's message points at its line; the top of the file where it is not found.
 */
export function unitPosition(xml: string, xliffFile: string, fileId: string, unitId: string): SourceRef {
  const fileAt = xml.indexOf(`<file id="${escapeXml(fileId)}"`);
  const unitAt = fileAt < 0 ? -1 : xml.indexOf(`<unit id="${escapeXml(unitId)}"`, fileAt);
  if (unitAt < 0) return { file: xliffFile, line: 1, col: 1 };
  const before = xml.slice(0, unitAt);
  return { file: xliffFile, line: before.split('\n').length, col: unitAt - before.lastIndexOf('\n') };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
