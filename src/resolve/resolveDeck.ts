import { type Diagnostic } from '../diagnostics/Diagnostic.ts';
import { locate, locateInValue, type YamlFile, type YamlPath } from '../load/readYamlFile.ts';
import { SOURCE_LANGUAGE, type Deck, type Project } from '../model/Project.ts';
import type { ResolvedCard, ResolvedDeck, ResolvedText } from '../model/Resolved.ts';
import type { LanguageFile } from '../validate/schemas.ts';
import { applyTypography } from '../typography/applyTypography.ts';
import { fillTemplate, type TemplateContext } from './fillTemplate.ts';

/**
 * Settles every value of one deck in one language. The cascade, lowest priority first:
 *   theme defaults → card layout → edition → language file (falling back to Dutch) → card.
 * It is applied here and nowhere else.
 */
export function resolveDeck(
  project: Project,
  deck: Deck,
  lang: string,
  formatOverride?: string,
): { deck?: ResolvedDeck; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const def = deck.definition.value;
  const theme = project.theme.value;
  const layout = project.cardLayouts.get(def.layout)?.value;
  const formatId = formatOverride ?? def.format;
  const format = project.formats.value.formats[formatId];
  const source = deck.languages.get(SOURCE_LANGUAGE);
  if (!layout || !format || !source) throw new Error(`resolveDeck: deck '${deck.id}' was not validated`);
  const target = deck.languages.get(lang) ?? source;

  /** The text of a field in the target language, else in Dutch; with where it came from. */
  const pick = (get: (f: LanguageFile) => string | undefined, path: YamlPath): { value: string; file: YamlFile } | undefined => {
    const own = get(target.value);
    if (own !== undefined) return { value: own, file: target.file };
    const dutch = get(source.value);
    return dutch === undefined ? undefined : { value: dutch, file: source.file };
  };

  const deckTitle = pick((f) => f.deck.title, ['deck', 'title']);
  const deckSubtitle = pick((f) => f.deck.subtitle, ['deck', 'subtitle']);
  const categoryCounts = new Map<string, number>();
  const total = def.cards.length;
  const editionName = project.edition.value.name;
  const baseContext = {
    deck: { id: deck.id, title: deckTitle?.value ?? deck.id, subtitle: deckSubtitle?.value ?? '', total },
    edition: { name: editionName },
    lang,
  };

  const text = (path: YamlPath, picked: { value: string; file: YamlFile }, field: string, context: TemplateContext): ResolvedText | undefined => {
    const at = (i: number) => locateInValue(picked.file, path, i);
    const filled = fillTemplate(picked.value, context, at);
    diagnostics.push(...filled.diagnostics);
    if (filled.value === undefined) return undefined;
    // a text that fell back to Dutch is set as Dutch: its quotes and hyphenation
    const textLang = picked.file === target.file || picked.file === layoutFile ? lang : SOURCE_LANGUAGE;
    const value = applyTypography(filled.value, textLang);
    // once a template is filled or quotes replaced, indexes no longer match the source
    return { value, lang: textLang, source: locate(picked.file, path), field, at: value === picked.value ? at : undefined };
  };
  /** A template of the layout file (footer, back): positions point into the layout. */
  const layoutFile = project.cardLayouts.get(def.layout)?.file;
  const layoutText = (path: YamlPath, template: string, field: string, context: TemplateContext): ResolvedText => {
    if (!layoutFile) throw new Error('unreachable: layout file');
    return text(path, { value: template, file: layoutFile }, field, context) ?? { value: '', lang, source: locate(layoutFile, path), field };
  };

  const cards: ResolvedCard[] = [];
  for (const [i, card] of def.cards.entries()) {
    const category = def.categories[card.category];
    if (!category) continue;
    const number = category.numbered ? (categoryCounts.get(card.category) ?? 0) + 1 : undefined;
    if (number !== undefined) categoryCounts.set(card.category, number);
    const label = applyTypography(pick((f) => f.categories[card.category], ['categories', card.category])?.value ?? card.category, lang);
    const context = { ...baseContext, card: { id: card.id, index: i + 1, number: number ?? '', category: label } };
    const titleSource = pick((f) => f.cards[card.id]?.title, ['cards', card.id, 'title']);
    const textSource = pick((f) => f.cards[card.id]?.text, ['cards', card.id, 'text']);
    if (!textSource) continue; // reported by validate
    const title = titleSource ? text(['cards', card.id, 'title'], titleSource, 'title', context) : undefined;
    const body = text(['cards', card.id, 'text'], textSource, 'text', context);
    const footer = layoutText(['front', 'footer', 'template'], layout.front.footer.template, 'footer', context);
    if (!body) continue;
    cards.push({
      id: card.id,
      index: i + 1,
      number,
      category: { id: card.category, label, colour: category.colour, mark: category.mark },
      title,
      text: body,
      footer,
    });
  }

  const backTitle = deckTitle && text(['deck', 'title'], deckTitle, 'deck.title', baseContext);
  const backSubtitle = deckSubtitle && text(['deck', 'subtitle'], deckSubtitle, 'deck.subtitle', baseContext);
  const backEdition = layoutText(['back', 'edition', 'template'], layout.back.edition.template, 'edition', baseContext);
  if (diagnostics.length || !backTitle) return { diagnostics };
  return {
    deck: {
      id: deck.id,
      lang,
      title: baseContext.deck.title,
      subtitle: deckSubtitle?.value,
      editionName,
      format: { ...format, id: formatId },
      layout,
      colours: { ...theme.colours, back: def.colour },
      print: theme.print,
      cards,
      back: { title: backTitle, subtitle: backSubtitle || undefined, edition: backEdition },
    },
    diagnostics,
  };
}
