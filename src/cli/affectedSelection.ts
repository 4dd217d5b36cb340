import path from 'node:path';

export interface Selection {
  only?: string[];
  langs?: string[];
}

/**
 * What a set of saved files can change: a translation changes its deck (and the deck's posters) in that
 * language; a deck's Dutch text or definition changes it in every language; anything else (layouts,
 * the edition, fonts, glossaries) may change everything. Content hashes catch the rest.
 */
export function affectedSelection(changed: readonly string[], cardsDirs: readonly string[], postersOf: (deck: string) => string[]): Selection {
  const decks = new Set<string>();
  const langs = new Set<string>();
  for (const file of changed) {
    const dir = cardsDirs.find((d) => file.startsWith(d + path.sep));
    if (!dir) return {};
    const [deck, name] = path.relative(dir, file).split(path.sep);
    if (!deck || !name) return {};
    decks.add(deck);
    const lang = /^([a-z]{2})\.yaml$/.exec(name)?.[1];
    if (!lang || lang === 'nl') langs.add('*');
    else langs.add(lang);
  }
  const only = [...decks].flatMap((deck) => [deck, ...postersOf(deck).map((p) => `poster-${p}`)]);
  return { only, langs: langs.has('*') ? undefined : [...langs] };
}
