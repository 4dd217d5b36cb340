import { warning, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import { BoundedCache } from '../input/BoundedCache.ts';
import { locate } from '../load/readYamlFile.ts';
import { SOURCE_LANGUAGE, type Located } from '../model/Project.ts';
import type { Glossary, LanguageFile } from './schemas.ts';

/**
 * A term is translated the same way everywhere: where a card's Dutch uses a glossary term, its translation
 * must use one of that term's forms in the target glossary. A form ending in `*` is a stem, matched at the
 * start of a word (`mahalle*`: mahallede, mahallenin; Polish and Ukrainian cases); case is folded the
 * language's way (Turkish İ/ı, German ß = ss).
 */
export function checkGlossary(
  source: LanguageFile,
  target: Located<LanguageFile>,
  lang: string,
  sourceGlossary: Glossary,
  targetGlossary: Located<Glossary>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // each text folded once, then looked through for every term
  const pairs = stringsOf(source).flatMap(({ path, value }) => {
    // a source or attribution names a publication or a person as it is called, in whatever language
    if ((path[0] === 'deck' && path[1] === 'attribution') || (path[0] === 'cards' && path[2] === 'source')) return [];
    const translated = valueAt(target.value, path);
    return typeof translated === 'string' ? [{ path, dutch: foldText(value, SOURCE_LANGUAGE), translated: foldText(translated, lang) }] : [];
  });
  for (const [termId, sourceForms] of Object.entries(sourceGlossary.terms)) {
    if (!Object.hasOwn(targetGlossary.value.terms, termId)) continue; // reported once by checkGlossaryTerms
    const targetForms = targetGlossary.value.terms[termId]!;
    for (const { path, dutch, translated } of pairs) {
      const used = sourceForms.find((form) => holdsForm(dutch, form, SOURCE_LANGUAGE));
      if (used && !targetForms.some((form) => holdsForm(translated, form, lang))) {
        diagnostics.push(warning(locate(target.file, path),
          `${where(path)}: the Dutch has '${used}' (glossary term ${termId}); the ${lang} text has none of its forms: ${targetForms.join(' / ')}`,
          `use one of them, or add the form you chose to glossary/${lang}.yaml (a stem ends in *: ${stemExample(lang)})`));
      }
    }
  }
  return diagnostics;
}

/**
 * The target glossary has every Dutch term that the decks translated into its language use (a Polish
 * glossary need not list SWAN's terms while SWAN has no Polish file), and no term the Dutch lacks.
 * `dutchTexts`: the Dutch strings of those decks; without it, every Dutch term is asked for.
 */
export function checkGlossaryTerms(sourceGlossary: Glossary, target: Located<Glossary>, lang: string, dutchTexts?: readonly string[]): Diagnostic[] {
  const folded = dutchTexts?.map((t) => foldText(t, SOURCE_LANGUAGE));
  const used = (id: string) => !folded || sourceGlossary.terms[id]!.some((form) => folded.some((t) => holdsForm(t, form, SOURCE_LANGUAGE)));
  const missing = Object.keys(sourceGlossary.terms).filter((id) => !Object.hasOwn(target.value.terms, id) && used(id))
    .map((id) => warning(locate(target.file, ['terms']), `term '${id}' has no ${lang} translation in the glossary`, `add '${id}: [...]' with its ${lang} forms`));
  const extra = Object.keys(target.value.terms).filter((id) => !Object.hasOwn(sourceGlossary.terms, id))
    .map((id) => warning(locate(target.file, ['terms', id], 'key'), `term '${id}' is not in the Dutch glossary`, 'term ids are the same in every glossary'));
  return [...missing, ...extra];
}

/** Every string of a language file, with its path. */
export function stringsOf(value: unknown, at: (string | number)[] = [], out: { path: (string | number)[]; value: string }[] = []) {
  if (typeof value === 'string') out.push({ path: at, value });
  else if (Array.isArray(value)) value.forEach((v, i) => stringsOf(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) stringsOf(v, [...at, k], out);
  return out;
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let v = value;
  for (const p of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, p)) return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

function where(path: readonly (string | number)[]): string {
  if (path[0] === 'cards') return `card '${path[1]}' (${path.slice(2).join(' ')})`;
  return path.join(' ');
}

const stemExample = (lang: string) => (lang.startsWith('tr') ? 'mahalle*' : lang.startsWith('pl') ? 'dzielnic*' : 'neighbour*');

/** Case folded as the language does it: Turkish I → ı and İ → i; German ß and ẞ → ss. */
export function foldCase(text: string, lang: string): string {
  let folded: string;
  try {
    folded = text.normalize('NFC').toLocaleLowerCase(lang);
  } catch {
    folded = text.normalize('NFC').toLowerCase();
  }
  return folded.replace(/ß/g, 'ss');
}

/** By language and form (a pure function of both): a glossary of a few hundred terms in a few languages. */
const forms = new BoundedCache<{ folded: string; stem: boolean }>('glossary patterns', 10_000);
/** A letter or digit: a form must not continue one (nor, unless it is a stem, be continued by one). */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** A text as `holdsForm` looks through it: case folded the way of `lang`, without soft hyphens, each run of spaces one space. */
export function foldText(text: string, lang: string): string {
  return foldCase(text.includes('\u00ad') ? text.replace(/\u00ad/g, '') : text, lang).replace(/\s+/g, ' ');
}

/** The code point that ends just before `index`, and the one that starts at it. */
const before = (text: string, index: number) => (index === 0 ? '' : String.fromCodePoint(text.codePointAt(index >= 2 && /[\udc00-\udfff]/.test(text[index - 1]!) ? index - 2 : index - 1)!));
const at = (text: string, index: number) => (index >= text.length ? '' : String.fromCodePoint(text.codePointAt(index)!));

/**
 * `form` occurs in a text folded by `foldText` (see containsWord): looked for as plain text, then its
 * ends checked, which costs far less than a Unicode regular expression per form and language.
 */
export function holdsForm(folded: string, form: string, lang: string): boolean {
  const wanted = forms.getOrMake(`${lang}\u0000${form}`, () => {
    const stem = form.endsWith('*');
    return { folded: foldText(stem ? form.slice(0, -1) : form, lang).trim(), stem };
  });
  if (wanted.folded === '') return false;
  for (let i = folded.indexOf(wanted.folded); i >= 0; i = folded.indexOf(wanted.folded, i + 1)) {
    if (WORD_CHARACTER.test(before(folded, i))) continue;
    if (wanted.stem || !WORD_CHARACTER.test(at(folded, i + wanted.folded.length))) return true;
  }
  return false;
}

/**
 * `form` occurs in `text` as whole words (a form ending in `*`: as the start of a word), case folded the
 * way of `lang`; soft hyphens in the text are ignored, any run of spaces matches one.
 */
export function containsWord(text: string, form: string, lang = SOURCE_LANGUAGE): boolean {
  return holdsForm(foldText(text, lang), form, lang);
}
