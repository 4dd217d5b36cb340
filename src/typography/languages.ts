import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { error, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import { listProcessDir, readProcessInput } from '../input/processInputs.ts';
import { parseYamlOnce } from '../cache/parsedYaml.ts';
import { locate, type YamlFile } from '../load/readYamlFile.ts';
import { languageRegistrySchema, type BuiltInWords } from '../validate/schemas.ts';
import { validateYaml } from '../validate/validateYaml.ts';

/**
 * The language registry: one file per language in `languages/<code>.yaml` beside kaartwerk's own code
 * (data, not code). What each card language needs from fonts and typesetting — its name, hyphenation
 * patterns, quotes, direction, the letters the fonts must have — and kaartwerk's own words on the office
 * files. Adding a language is adding its file (and its cards' language files).
 */
export const REGISTRY_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../languages');

/** BCP 47 as kaartwerk takes it: a language (2–3 letters), then a script (Latn) and/or a region (BR, 419). */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|\d{3}))?$/;

export type { BuiltInWords };

export interface LanguageInfo {
  code: string;
  name: string;
  englishName: string;
  direction: 'ltr' | 'rtl';
  /** Module of the `hyphen` package, or undefined: no hyphenation. */
  hyphenation?: string;
  quotes: [string, string];
  letters: string;
  spacedPunctuation: boolean;
  oneLetterWordsBind: boolean;
  words: BuiltInWords;
  /** The registry file, to point at its lines. */
  file: YamlFile;
}

/** What every card language needs from fonts and typesetting (the registry's typography part). */
export type LanguageTypography = Pick<LanguageInfo, 'quotes' | 'letters' | 'spacedPunctuation'>;

interface Registry {
  languages: Map<string, LanguageInfo>;
  diagnostics: Diagnostic[];
}

let loaded: Registry | undefined;

/** The registry, read once per process. */
export function languageRegistry(): Registry {
  loaded ??= readLanguageRegistry(REGISTRY_DIR);
  return loaded;
}

/**
 * The registry files of `dir`, each validated against its schema (src/validate/schemas.ts, the JSON Schema
 * schemas/language-registry.schema.json): a mistake is a diagnostic at its file:line:col, and that language
 * is left out.
 */
export function readLanguageRegistry(dir: string): Registry {
  const languages = new Map<string, LanguageInfo>();
  const diagnostics: Diagnostic[] = [];
  const files = listProcessDir(dir).filter((f) => f.endsWith('.yaml') && !f.endsWith('.sources.yaml')).sort();
  for (const name of files) {
    const code = name.slice(0, -'.yaml'.length);
    const full = path.join(dir, name);
    const read = parseYamlOnce(full, readProcessInput(full).bytes);
    diagnostics.push(...read.diagnostics);
    if (!read.file) continue;
    if (!LANGUAGE_CODE.test(code)) {
      diagnostics.push(error({ file: full, line: 1, col: 1 }, `'${code}' is not a language code kaartwerk takes`, 'name the file after its BCP 47 code: tr.yaml, pt-BR.yaml, sr-Latn.yaml'));
      continue;
    }
    const result = validateYaml(read.file, languageRegistrySchema);
    diagnostics.push(...result.diagnostics);
    const value = result.value;
    if (!value) continue;
    const hyphenation = value.hyphenation === 'none' ? undefined : `hyphen/patterns/${value.hyphenation}`;
    if (hyphenation && !patternsExist(value.hyphenation)) {
      diagnostics.push(error(locate(read.file, ['hyphenation']), `the hyphen package has no patterns '${value.hyphenation}'`, 'see node_modules/hyphen/patterns/ for the names, or write none'));
    }
    languages.set(code, { code, ...value, hyphenation, words: value.words ?? {}, file: read.file });
  }
  return { languages, diagnostics };
}

function patternsExist(name: string): boolean {
  const dir = hyphenDir();
  return dir === undefined || fs.existsSync(path.join(dir, 'patterns', `${name}.js`));
}

let hyphenFolder: string | null | undefined;
/** The hyphen package's folder, found once per process (not once per language of the registry); undefined if it cannot be found. */
function hyphenDir(): string | undefined {
  if (hyphenFolder === undefined) {
    try {
      hyphenFolder = path.dirname(createRequire(import.meta.url).resolve('hyphen/package.json'));
    } catch {
      hyphenFolder = null;
    }
  }
  return hyphenFolder ?? undefined;
}

/** The registry's entry for `code`: its own file, else (a regional variant without one, pt-AO) its base language's. */
export function languageInfo(code: string): LanguageInfo | undefined {
  const { languages } = languageRegistry();
  const own = languages.get(code);
  if (own) return own;
  const base = languages.get(code.split('-')[0]!);
  return base && { ...base, code };
}

/**
 * The languages kaartwerk can set with nothing missing: left to right, and with every one of its own words
 * that languages/nl.yaml has (the sheet line, the tiles page, the file titles). In the registry's order.
 */
export function completeLanguages(): LanguageInfo[] {
  const dutch = languageRegistry().languages.get('nl');
  // a list (the tiles steps) counts as one word: given whole or not at all
  const keys = (value: unknown, at = ''): string[] => (typeof value === 'string' || Array.isArray(value) ? [at]
    : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => keys(v, `${at}.${k}`)) : []);
  const needed = dutch ? keys(dutch.words) : [];
  return [...languageRegistry().languages.values()].filter((l) => {
    if (l.direction !== 'ltr') return false;
    const has = new Set(keys(l.words));
    return needed.every((k) => has.has(k));
  });
}

/** Every code in the registry, for messages. */
export function supportedLanguages(): string[] {
  return [...languageRegistry().languages.values()].filter((l) => l.direction === 'ltr').map((l) => l.code);
}

/** Punctuation every language uses: real quotes, apostrophe, dashes, the middle dot, ©, no-break spaces, soft hyphen. */
export const COMMON_CHARACTERS = '‘’‚“”„«»‹›–—‐·•…©€%/\u00a0\u202f\u00ad';

const FALLBACK: LanguageTypography = { quotes: ['“', '”'], letters: '', spacedPunctuation: false };

export function typographyOf(lang: string): LanguageTypography {
  return languageInfo(lang) ?? FALLBACK;
}
