/**
 * What each card language needs from fonts and typesetting. A later language (Turkish, Polish…) is an
 * entry here plus its language files: fonts are tested against every letter listed.
 */
export interface LanguageTypography {
  /** Opening and closing quotation marks (English: British single quotes, as the cards are written). */
  quotes: [string, string];
  /** Letters beyond basic Latin that texts in the language use. */
  letters: string;
  /** French: a narrow no-break space before ; : ! ? and inside « ». */
  spacedPunctuation?: boolean;
}

const NNBSP = '\u202f';

export const LANGUAGES: Record<string, LanguageTypography> = {
  nl: { quotes: ['„', '”'], letters: 'áéíóúàèëïöüçÁÉÍÓÚÈËÏÖÜĳĲ' },
  en: { quotes: ['‘', '’'], letters: 'éèïöçÉ' },
  fr: { quotes: [`«${NNBSP}`, `${NNBSP}»`], letters: 'àâæçéèêëîïôœùûüÿÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ', spacedPunctuation: true },
  de: { quotes: ['„', '“'], letters: 'äöüßÄÖÜẞ' },
  tr: { quotes: ['“', '”'], letters: 'çğıöşüÇĞİÖŞÜâîû' },
  pl: { quotes: ['„', '”'], letters: 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻ' },
};

/** Punctuation every language uses: real quotes, apostrophe, dashes, the middle dot, ©, no-break spaces, soft hyphen. */
export const COMMON_CHARACTERS = '‘’‚“”„«»‹›–—‐·•…©€%/\u00a0\u202f\u00ad';

export function typographyOf(lang: string): LanguageTypography {
  return LANGUAGES[lang] ?? { quotes: ['“', '”'], letters: '' };
}
