import { error, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import { locate, locateInValue } from '../load/readYamlFile.ts';
import { SOURCE_LANGUAGE, type Deck, type FontFace, type FontRole, type FontSet } from '../model/Project.ts';
import type { ResolvedDeck, ResolvedText } from '../model/Resolved.ts';
import type { ResolvedPoster } from '../model/ResolvedPoster.ts';
import type { TextStyle } from '../model/Layout.ts';
import { partStyle } from './partStyle.ts';
import { instructionsFor } from './tileInstructions.ts';
import { withoutRepeats } from '../diagnostics/withoutRepeats.ts';

/** Characters no glyph is needed for: line breaks and the soft hyphen (drawn as a hyphen, or not at all). */
const INVISIBLE = new Set(['\n', '\r', '\t', '\u00ad']);

/** Every character of every text must exist in the font that sets it; otherwise paper shows an empty box. */
export function checkGlyphs(deck: ResolvedDeck, fonts: FontSet): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const check = (text: ResolvedText | undefined, style: TextStyle) => {
    if (text) diagnostics.push(...missingGlyphs(text, fonts[style.font]));
  };
  const { front, back } = deck.layout;
  for (const card of deck.cards) {
    check(card.title, front.title);
    for (const part of card.parts) {
      for (const text of part.texts) check(text, partStyle(deck.layout, part.kind, !!card.title));
      if (part.label) check({ ...part.texts[0]!, value: part.label, field: `${part.kind} label`, at: undefined }, front.label);
    }
    check(card.footer, front.footer);
    check({ ...card.footer, value: card.category.label, field: 'category label', at: undefined, source: card.category.source ?? card.footer.source }, front.category);
  }
  check(deck.back.title, back.title);
  check(deck.back.subtitle, back.subtitle);
  check(deck.back.edition, back.edition);
  check(deck.back.editionShort, back.edition);
  check(deck.back.attribution, back.attribution);
  // the line on every card sheet, in the deck's language
  diagnostics.push(...builtInWords(deck.lang, fonts, ['regular'], (key) => key === 'sheet'));
  return withoutRepeats(diagnostics);
}

/**
 * The same for a poster: its title and subtitle, headings, the cards' words, the attribution and edition
 * name in its footer, and the built-in words of its tiles' overview page. A text is checked against every
 * font the poster layout sets text in.
 */
export function checkPosterGlyphs(poster: ResolvedPoster, fonts: FontSet, extra: readonly (ResolvedText | undefined)[] = []): Diagnostic[] {
  const roles = fontRolesOf(poster.layout);
  const diagnostics: Diagnostic[] = [];
  // the deck's and edition's words first: a character of the attribution in the footer is blamed on the attribution
  const texts = [...extra, ...textsOf(poster)].filter((t): t is ResolvedText => t !== undefined);
  // each character once per text, named with the first of the poster's fonts that lacks it
  const inAnyFont = (text: ResolvedText) => {
    const found = new Map<string, Diagnostic>();
    for (const role of roles) {
      for (const d of missingGlyphs(text, fonts[role])) if (!found.has(characterOf(d))) found.set(characterOf(d), d);
    }
    return [...found.values()];
  };
  for (const text of texts.filter((t) => t.field !== 'footer')) diagnostics.push(...inAnyFont(text));
  // the footer is filled from the attribution and the edition's name: only what they did not bring is its own
  const named = new Set(diagnostics.map((d) => characterOf(d)));
  for (const text of texts.filter((t) => t.field === 'footer')) diagnostics.push(...inAnyFont(text).filter((d) => !named.has(characterOf(d))));
  diagnostics.push(...builtInWords(poster.lang, fonts, ['regular', 'bold'], (key) => key !== 'sheet'));
  return withoutRepeats(diagnostics);
}

/** The character a missing-glyph message is about. */
const characterOf = (d: Diagnostic) => /glyph for '([^']*)'/.exec(d.message)?.[1] ?? d.message;

/** A deck's attribution as its language file (or the Dutch one) gives it, traced to its place. */
export function attributionText(deck: Deck, lang: string): ResolvedText | undefined {
  for (const file of [deck.languages.get(lang), deck.languages.get(SOURCE_LANGUAGE)]) {
    const value = file?.value.deck.attribution;
    if (!file || value === undefined) continue;
    const yamlPath = ['deck', 'attribution'];
    return { value, lang, source: locate(file.file, yamlPath), field: 'deck.attribution', at: (i) => locateInValue(file.file, yamlPath, i) };
  }
  return undefined;
}

/** Every resolved text in a poster, wherever its structure holds it. */
function textsOf(value: unknown, found: ResolvedText[] = [], depth = 0): ResolvedText[] {
  if (value === null || typeof value !== 'object' || depth > 12) return found;
  if (Array.isArray(value)) {
    for (const item of value) textsOf(item, found, depth + 1);
    return found;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.value === 'string' && typeof record.field === 'string' && record.source) {
    found.push(record as unknown as ResolvedText);
    return found;
  }
  for (const [key, child] of Object.entries(record)) {
    if (key === 'layout' || key === 'logo' || key === 'colours') continue;
    textsOf(child, found, depth + 1);
  }
  return found;
}

/** The font roles a layout sets text in (every `font:` in it). */
function fontRolesOf(layout: unknown): FontRole[] {
  const roles = new Set<FontRole>();
  const visit = (value: unknown, depth: number) => {
    if (value === null || typeof value !== 'object' || depth > 8) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'font' && (child === 'regular' || child === 'bold' || child === 'italic')) roles.add(child);
      else visit(child, depth + 1);
    }
  };
  visit(layout, 0);
  return roles.size ? [...roles] : ['regular', 'bold'];
}

/**
 * kaartwerk's own words for the office files (tiles overview, sheet line) in a language, against the
 * fonts that set them: an edition's own font may lack a quote mark. They are blamed on the font's choice.
 */
function builtInWords(lang: string, fonts: FontSet, roles: readonly FontRole[], include: (key: string) => boolean): Diagnostic[] {
  const words = instructionsFor(lang) as unknown as Record<string, unknown>;
  const diagnostics: Diagnostic[] = [];
  for (const [key, value] of Object.entries(words)) {
    if (!include(key)) continue;
    const texts = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
    for (const role of roles) {
      const face = fonts[role];
      if (!face.source) continue;
      for (const text of texts) {
        diagnostics.push(...missingGlyphs({ value: text, lang, source: face.source, field: `kaartwerk's own words for the office files (${key})` }, face,
          'use a font that has it (the office files print these words in every language of the edition)'));
      }
    }
  }
  return diagnostics;
}

/**
 * Characters each font has a glyph for, as found so far: a font's character map is searched once per
 * character, not once per character of every text (a poster's texts are some ten thousand characters, of
 * a few dozen different ones, checked against each of its fonts)
 */
const presentIn = new WeakMap<FontFace['font'], Set<number>>();

/** One diagnostic per character of `text` that `face` has no glyph for, at its place when it can be traced. */
function missingGlyphs(text: ResolvedText, face: FontFace, hint = 'replace the character, or set a font that has it in layouts/theme.yaml'): Diagnostic[] {
  const missing = new Map<string, number>();
  let present = presentIn.get(face.font);
  if (!present) presentIn.set(face.font, (present = new Set()));
  for (let i = 0; i < text.value.length; i++) {
    const cp = text.value.codePointAt(i) ?? 0;
    if (cp > 0xffff) i++;
    if (present.has(cp)) continue;
    const ch = String.fromCodePoint(cp);
    if (INVISIBLE.has(ch) || missing.has(ch)) continue;
    if (face.font.hasGlyphForCodePoint(cp)) present.add(cp);
    else missing.set(ch, i);
  }
  return [...missing].map(([ch, index]) => {
    const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    return error(text.at?.(index) ?? text.source, `the font ${face.fileName} has no glyph for '${ch}' (${code}) in ${text.field}`, hint);
  });
}
