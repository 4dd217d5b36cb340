import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import { locate } from '../load/readYamlFile.ts';
import type { FontSet, Located } from '../model/Project.ts';
import { FONT_ROLES, type Theme } from '../model/Theme.ts';
import { parseFont } from './validateFonts.ts';

/** The theme's three fonts, parsed; undefined when one is missing or broken (said in `diagnostics`). */
export function loadFonts(theme: Located<Theme>, files: Map<string, Uint8Array>, diagnostics: Diagnostic[]): FontSet | undefined {
  const faces: Partial<FontSet> = {};
  for (const role of FONT_ROLES) {
    const fileName = theme.value.fonts[role];
    const face = parseFont(role, fileName, files.get(fileName), locate(theme.file, ['fonts', role]), [...files.keys()], diagnostics);
    if (face) faces[role] = face;
  }
  return faces.regular && faces.bold && faces.italic ? (faces as FontSet) : undefined;
}
