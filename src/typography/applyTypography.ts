import { typographyOf } from './languages.ts';

const NNBSP = '\u202f';

/**
 * The typography of the card's language, so authors and translators may type plainly: straight quotes
 * become the language's quotation marks, a straight apostrophe a real one (also after a digit), and in French a narrow
 * no-break space goes before ; : ! ? and inside « » (where there was a space, or none).
 */
export function applyTypography(text: string, lang: string): string {
  const { quotes, spacedPunctuation } = typographyOf(lang);
  let out = text
    // apostrophes: inside a word (l'aide, collega's), after a number before its ending (Turkish %85'i,
    // 2022'de) or before a letter at a word start ('s avonds)
    .replace(/([\p{L}\d])'(?=\p{L})/gu, '$1’')
    .replace(/(^|\s)'(?=s\s|t\s|n\s)/gu, '$1’');
  if (quotes[0] === '‘') {
    // where single quotes are the quotation marks (English), a straight one left is one of them
    out = out.replace(/(^|[\s([])'(?=\S)/gu, '$1‘').replace(/'/g, '’');
  }
  let open = true;
  out = out.replace(/"/g, () => {
    const mark = open ? quotes[0] : quotes[1];
    open = !open;
    return mark;
  });
  if (spacedPunctuation) {
    out = out
      .replace(/[ \u00a0\u202f]*([;:!?»])/gu, (match, mark: string, offset: number, whole: string) => {
        const before = whole[offset - 1];
        // leave times (10:30), URLs and a mark at the very start alone
        if (before === undefined || (mark === ':' && /\d/.test(before) && /\d/.test(whole[offset + match.length] ?? ''))) return match;
        return `${NNBSP}${mark}`;
      })
      .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`);
  }
  return out;
}
