import type { Project } from '../model/Project.ts';
import { stringsByLanguage, type CollectOptions, type PrintedString, type StringState } from '../translate/collectStrings.ts';

export interface TranslationStatus {
  /** A deck id, `edition` (its name) or `kaartwerk` (the built-in words of the office files). */
  deck: string;
  lang: string;
  /** Strings that reach paper. */
  strings: number;
  done: number;
  missing: string[];
  stale: string[];
  same: string[];
}

/** Per deck (and the edition's name, and kaartwerk's own words) and language: every printed string counted. */
export function translationStatus(project: Project, options: CollectOptions = {}, collected = stringsByLanguage(project, options)): TranslationStatus[] {
  const rows: TranslationStatus[] = [];
  for (const [lang, strings] of collected) {
    for (const scope of [...new Set(strings.map((s) => s.scope))]) {
      const of = strings.filter((s) => s.scope === scope);
      const keys = (state: StringState) => of.filter((s: PrintedString) => s.state === state).map((s) => s.key);
      rows.push({ deck: scope, lang, strings: of.length, done: keys('done').length, missing: keys('missing'), stale: keys('stale'), same: keys('same') });
    }
  }
  return rows;
}

/** `done/total`, then what is not: `120/131 (8 missing, 2 stale, 1 same as Dutch)`. */
function cell(r: TranslationStatus | undefined): string {
  if (!r) return '';
  const open = [
    r.missing.length && `${r.missing.length} missing`,
    r.stale.length && `${r.stale.length} stale`,
    r.same.length && `${r.same.length} same as Dutch`,
  ].filter(Boolean);
  return `${r.done}/${r.strings}${open.length ? ` (${open.join(', ')})` : ''}`;
}

/** A table, decks down, languages across, then per deck and language the strings still open. */
export function formatTranslationStatus(rows: readonly TranslationStatus[], options: { details?: boolean } = {}): string {
  if (!rows.length) return 'translations: Dutch only (the source)';
  const decks = [...new Set(rows.map((r) => r.deck))];
  const langs = [...new Set(rows.map((r) => r.lang))];
  const table = [['strings done', ...langs], ...decks.map((d) => [d, ...langs.map((l) => cell(rows.find((r) => r.deck === d && r.lang === l)))])];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
  const lines = table.map((row) => row.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd());
  const list = (keys: string[]) => (options.details || keys.length <= 5 ? keys.join(', ') : `${keys.slice(0, 5).join(', ')} and ${keys.length - 5} more`);
  const notes = rows.flatMap((r) => [
    r.done === 0 && r.strings > 0 ? `  ${r.deck} ${r.lang}: no translation yet` : '',
    r.done > 0 && r.missing.length ? `  ${r.deck} ${r.lang} missing: ${list(r.missing)}` : '',
    r.stale.length ? `  ${r.deck} ${r.lang} stale (the Dutch changed): ${list(r.stale)}` : '',
    r.done > 0 && r.same.length ? `  ${r.deck} ${r.lang} same as Dutch: ${list(r.same)}` : '',
  ]).filter(Boolean);
  return [...lines, ...notes].join('\n');
}
