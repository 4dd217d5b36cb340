/**
 * What a translation must keep as it is, because it is filled in when printed: Handlebars expressions in
 * the texts (`{{deck.title}}`, `{{#if …}}`, `{{{…}}}`) and the `{paper}`, `{size}` of kaartwerk's own words.
 */
const PLACEHOLDER = /\{\{\{[^{}]*\}\}\}|\{\{[^{}]*\}\}|\{[A-Za-z_][\w.-]*\}/g;

/** `{{ deck.title }}` and `{{deck.title}}` are the same expression to Handlebars. */
const normalise = (p: string) => p.replace(/^(\{+)\s*/, '$1').replace(/\s*(\}+)$/, '$1').replace(/\s+/g, ' ');

export function placeholdersOf(text: string): string[] {
  return (text.match(PLACEHOLDER) ?? []).map(normalise);
}

/** The placeholders of `source` that `target` lacks (each once, in the source's order). */
export function missingPlaceholders(source: string, target: string): string[] {
  const kept = new Set(placeholdersOf(target));
  return [...new Set(placeholdersOf(source))].filter((p) => !kept.has(p));
}
