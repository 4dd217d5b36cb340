import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { error, type Diagnostic, type SourceRef } from '../diagnostics/Diagnostic.ts';
import type { FontFace, FontRole } from '../model/Project.ts';

/** A font file parsed with fontkit, or a diagnostic at the YAML place that names it. */
export function parseFont(role: FontRole, fileName: string, bytes: Uint8Array | undefined, at: SourceRef, known: readonly string[], diagnostics: Diagnostic[]): FontFace | undefined {
  if (/\.woff2?$/i.test(fileName)) {
    diagnostics.push(error(at, `font '${fileName}' is a web font`, 'WOFF and WOFF2 embed broken in PDFs: use the TTF or OTF file'));
    return undefined;
  }
  if (!bytes) {
    diagnostics.push(error(at, `font file '${fileName}' not found`, `fonts there: ${known.join(', ') || 'none'}`));
    return undefined;
  }
  let font: Font;
  try {
    const created = fontkit.create(Buffer.from(bytes));
    if (!('layout' in created)) throw new Error('a font collection');
    font = created;
  } catch (e) {
    diagnostics.push(error(at, `font file '${fileName}' cannot be read: ${e instanceof Error ? e.message : String(e)}`, 'use a TTF or OTF file'));
    return undefined;
  }
  return { role, fileName, bytes, font };
}
