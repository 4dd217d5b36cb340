import { error, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import { locate, type YamlFile } from '../load/readYamlFile.ts';
import type { DeckDefinition } from '../model/Deck.ts';
import { CARD_PARTS, type CardLayout } from '../model/Layout.ts';
import type { Located } from '../model/Project.ts';
import type { ResolvedCard, ResolvedPart, ResolvedText } from '../model/Resolved.ts';
import { applyTypography } from '../typography/applyTypography.ts';
import { cardField, choicePath, fromLanguageFiles, partLabel, type WordSources } from './deckWords.ts';
import type { TemplateContext } from './fillTemplate.ts';
import { resolveLayoutText, resolveText } from './resolveText.ts';

export interface CardsContext {
  definition: Located<DeckDefinition>;
  layout: Located<CardLayout>;
  /** What every card's templates may name besides the card: the deck, the edition, the language. */
  baseContext: TemplateContext;
  editionFile: YamlFile;
}

/**
 * Every selected card with its number (counted within a numbered category), category label, title, parts
 * and footer. A card without any words is an error and left out.
 */
export function resolveCards(cards: DeckDefinition['cards'], sources: WordSources, context: CardsContext, diagnostics: Diagnostic[]): ResolvedCard[] {
  const { definition, layout, baseContext } = context;
  const { lang } = sources;
  const resolved: ResolvedCard[] = [];
  const categoryCounts = new Map<string, number>();
  for (const [i, card] of cards.entries()) {
    const category = definition.value.categories[card.category];
    if (!category) continue;
    const number = category.numbered ? (categoryCounts.get(card.category) ?? 0) + 1 : undefined;
    if (number !== undefined) categoryCounts.set(card.category, number);
    const labelWords = fromLanguageFiles(sources, (f) => f.categories[card.category], ['categories', card.category]);
    const label = applyTypography(labelWords?.value ?? card.category, labelWords?.lang ?? lang);
    const cardContext = { ...baseContext, card: { id: card.id, index: i + 1, number: number ?? '', category: label } };
    const titleWords = cardField(sources, card.id, 'title')?.[0];
    const title = titleWords ? resolveText(titleWords, 'title', cardContext, diagnostics) : undefined;
    const parts = resolveParts(card, sources, cardContext, diagnostics);
    if (parts.length === 0) {
      diagnostics.push(error(locate(context.editionFile, choicePath(sources.choice)), `card '${card.id}' has no text`, 'give it a text in the language file or the edition'));
      continue;
    }
    const footer = resolveLayoutText({ file: layout.file, lang }, ['front', 'footer', 'template'], layout.value.front.footer.template, 'footer', cardContext, diagnostics);
    const source = labelWords ? locate(labelWords.file, labelWords.path) : locate(definition.file, ['categories', card.category]);
    resolved.push({ id: card.id, index: i + 1, number, category: { id: card.category, label, colour: category.colour, mark: category.mark, source }, title, parts, footer });
  }
  return resolved;
}

/** A card's words below its title, in the order they are set; a category's prompt for a card with none of its own. */
function resolveParts(card: { id: string; category: string }, sources: WordSources, context: TemplateContext, diagnostics: Diagnostic[]): ResolvedPart[] {
  const parts: ResolvedPart[] = [];
  for (const kind of CARD_PARTS) {
    let words = cardField(sources, card.id, kind);
    if (!words && kind === 'prompt') {
      const prompt = fromLanguageFiles(sources, (f) => f.prompts?.[card.category], ['prompts', card.category]);
      words = prompt && [prompt];
    }
    if (!words) continue;
    const texts = words.map((w, n) => resolveText(w, kind === 'items' ? `items[${n + 1}]` : kind, context, diagnostics)).filter((t): t is ResolvedText => t !== undefined);
    const label = kind === 'question' || kind === 'task' ? partLabel(sources, kind) : undefined;
    parts.push({ kind, label: label && applyTypography(label, sources.lang), texts });
  }
  return parts;
}
