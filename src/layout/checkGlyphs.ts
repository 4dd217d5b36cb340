import { error, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { FontSet } from '../model/Project.ts';
import type { ResolvedDeck, ResolvedText } from '../model/Resolved.ts';
import type { TextStyle } from '../validate/schemas.ts';
import { partStyle } from './partStyle.ts';

/** Characters no glyph is needed for: line breaks and the soft hyphen (drawn as a hyphen, or not at all). */
const INVISIBLE = new Set(['\n', '\r', '\t', '\u00ad']);

/** Every character of every text must exist in the font that sets it; otherwise paper shows an empty box. */
export function checkGlyphs(deck: ResolvedDeck, fonts: FontSet): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const check = (text: ResolvedText | undefined, style: TextStyle) => {
    if (!text) return;
    const face = fonts[style.font];
    const missing = new Map<string, number>();
    for (let i = 0; i < text.value.length; i++) {
      const cp = text.value.codePointAt(i) ?? 0;
      const ch = String.fromCodePoint(cp);
      if (cp > 0xffff) i++;
      if (INVISIBLE.has(ch) || missing.has(ch)) continue;
      if (!face.font.hasGlyphForCodePoint(cp)) missing.set(ch, i);
    }
    for (const [ch, index] of missing) {
      const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
      diagnostics.push(error(text.at?.(index) ?? text.source, `the font ${face.fileName} has no glyph for '${ch}' (${code}) in ${text.field}`,
        'replace the character, or set a font that has it in layouts/theme.yaml'));
    }
  };
  const { front, back } = deck.layout;
  for (const card of deck.cards) {
    check(card.title, front.title);
    for (const part of card.parts) {
      for (const text of part.texts) check(text, partStyle(deck.layout, part.kind, !!card.title));
      if (part.label) check({ ...part.texts[0]!, value: part.label, field: `${part.kind} label`, at: undefined }, front.label);
    }
    check(card.footer, front.footer);
    check({ ...card.footer, value: card.category.label, field: 'category label', at: undefined }, front.category);
  }
  check(deck.back.title, back.title);
  check(deck.back.subtitle, back.subtitle);
  check(deck.back.edition, back.edition);
  check(deck.back.attribution, back.attribution);
  return dedupe(diagnostics);
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.source?.file}:${d.source?.line}:${d.source?.col}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
