import { SOURCE_LANGUAGE, type Project } from '../model/Project.ts';

export interface TranslationStatus {
  deck: string;
  lang: string;
  cards: number;
  translated: number;
  missing: string[];
}

/** Per deck and language: how many cards have their own text, and which fall back to Dutch. */
export function translationStatus(project: Project): TranslationStatus[] {
  return project.decks.filter((d) => d.build).flatMap((deck) => project.languages.map((lang) => {
    // the edition's cards: the deck's, less those it leaves out, plus those it adds (with their own texts)
    const choice = project.edition.choices.get(deck.id);
    const ids = deck.definition.value.cards.map((c) => c.id).filter((id) => !choice?.leaveOut.includes(id));
    const file = deck.languages.get(lang)?.value;
    const missing = ids.filter((id) => !file?.cards[id] && !choice?.reword[id]?.[lang]?.text);
    for (const added of choice?.add ?? []) if (!added.texts[lang]) missing.push(added.id);
    const cards = ids.length + (choice?.add.length ?? 0);
    return { deck: deck.id, lang, cards, translated: cards - missing.length, missing };
  }));
}

/** A small table, decks down, languages across: `25/25` or `23/25 (2 in Dutch)`. */
export function formatTranslationStatus(rows: readonly TranslationStatus[]): string {
  const decks = [...new Set(rows.map((r) => r.deck))];
  const langs = [...new Set(rows.map((r) => r.lang))];
  const cell = (r?: TranslationStatus) => !r ? '' : r.missing.length === 0 ? `${r.translated}/${r.cards}` : `${r.translated}/${r.cards} (${r.missing.length} in Dutch)`;
  const table = [['deck', ...langs], ...decks.map((d) => [d, ...langs.map((l) => cell(rows.find((r) => r.deck === d && r.lang === l)))])];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
  const lines = table.map((row) => row.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd());
  const notes = rows.filter((r) => r.missing.length && r.lang !== SOURCE_LANGUAGE)
    .map((r) => `  ${r.deck} ${r.lang}: ${r.translated === 0 ? 'no translation yet' : `in Dutch: ${r.missing.join(', ')}`}`);
  return [...lines, ...notes].join('\n');
}
