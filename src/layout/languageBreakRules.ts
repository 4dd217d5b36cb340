/**
 * Line-breaking rules that belong to a language's typesetting tradition, not to its hyphenation patterns.
 */

import { languageInfo } from '../typography/languages.ts';

/**
 * The longest word that carries a small cost at the end of a line: French typesetting dislikes a line
 * ending in a two-letter word ("de | là", "à | la"); elsewhere only one-letter words ("a", "I").
 */
export function shortWordLetters(lang: string): number {
  return lang.split('-')[0] === 'fr' ? 2 : 1;
}

/**
 * Languages whose typesetting never ends a line with a one-letter word (Polish w, z, i; Czech k, s, v…;
 * Ukrainian в, з, і, у): `oneLetterWordsBind: true` in their registry file.
 */
export function oneLetterWordBinds(lang: string): boolean {
  return languageInfo(lang)?.oneLetterWordsBind ?? false;
}

/** Pronouns after a verb's hyphen (voulez-vous, qu’est-ce, a-t-il): French never breaks the line there. */
export const FRENCH_CLITICS = new Set(['je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'ce', 'moi', 'toi', 'lui', 'leur', 'le', 'la', 'les', 'en', 'y', 't', 'là', 'ci']);

/**
 * German compounds: a part that ends in a linking -s after these endings (Entwicklungs-, Gesundheits-,
 * Gemeinschafts-, Informations-, Universitäts-) ends where the next noun starts, the break a German reader
 * expects first.
 */
const GERMAN_JOINT = /(ungs|heits|keits|schafts|tions|täts)$/iu;

export function compoundJointAfter(syllable: string, lang: string): boolean {
  return lang.split('-')[0] === 'de' && GERMAN_JOINT.test(syllable);
}

/** A list separator stays at the end of a line, never starts one ("met wie · | in welke volgorde"). */
export const SEPARATORS = new Set(['·', '•', '–', '—']);

/** Runs of text whose inner breaks cost extra: the items of a list written `a · b · c`, a short quoted term or parenthesis. */
export interface GlueSpan { from: number; to: number }

const OPENING = '‘“„«‹‚';
const CLOSING = '’”“»›‘';
const QUOTED = new RegExp(`[${OPENING}]([^${OPENING}${CLOSING}\\n]{1,60}?)[${CLOSING}](?!\\p{L})`, 'gu');
const PARENTHESIS = /\(([^()\n]{1,40})\)/gu;
/** A quoted term or a parenthesis of up to this many words stays on one line where it can. */
const MAX_QUOTED_WORDS = 3;
const MAX_ITEM_WORDS = 5;

export function glueSpans(text: string): GlueSpan[] {
  const spans: GlueSpan[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const items = line.split(/\s+·\s+/);
    if (items.length >= 3) {
      let at = offset;
      for (const item of items) {
        const from = line.indexOf(item, at - offset) + offset;
        if (item.trim().split(/\s+/).length <= MAX_ITEM_WORDS) spans.push({ from, to: from + item.length });
        at = from + item.length;
      }
    }
    offset += line.length + 1;
  }
  for (const pattern of [QUOTED, PARENTHESIS]) {
    for (const m of text.matchAll(pattern)) {
      if ((m[1] ?? '').trim().split(/\s+/).length <= MAX_QUOTED_WORDS) spans.push({ from: m.index, to: m.index + m[0].length });
    }
  }
  return spans;
}
