import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import { SOURCE_LANGUAGE, type Deck, type Project } from '../model/Project.ts';
import type { ResolvedDeck } from '../model/Resolved.ts';
import { readableOn } from '../colour/readableOn.ts';
import { deckField, type WordSources } from './deckWords.ts';
import { inLanguage } from './inLanguage.ts';
import { resolveBack } from './resolveBack.ts';
import { resolveCards } from './resolveCards.ts';
import { selectCards } from './selectCards.ts';

/**
 * Settles every value of one deck in one language. The cascade, lowest priority first, applied here
 * and nowhere else:
 *
 *   theme (fonts, colours, print rules) → card layout (sizes, templates) → deck (format, colours, cards)
 *   → edition (name, logo, brand colour, fonts, cards left out or added) → language file (the words,
 *   Dutch where a translation is missing) → card (the edition's rewording of one card in one language).
 */
export function resolveDeck(project: Project, deck: Deck, lang: string, formatOverride?: string): { deck?: ResolvedDeck; diagnostics: Diagnostic[] } {
  const def = deck.definition.value;
  const theme = project.theme.value;
  const edition = project.edition;
  const layout = project.cardLayouts.get(def.layout);
  const formatId = formatOverride ?? def.format;
  const format = project.formats.value.formats[formatId];
  const dutch = deck.languages.get(SOURCE_LANGUAGE);
  if (!layout || !format || !dutch) throw new Error(`resolveDeck: deck '${deck.id}' was not validated`);
  const sources: WordSources = { lang, own: deck.languages.get(lang), dutch, choice: edition.choices.get(deck.id), editionFile: edition.file };

  const selected = selectCards(def, sources.choice, lang, edition.file);
  const diagnostics = [...selected.diagnostics];
  const editionName = inLanguage(edition.value.name, lang) ?? edition.id;
  const words = { title: deckField(sources, 'title'), subtitle: deckField(sources, 'subtitle'), attribution: deckField(sources, 'attribution') };
  const baseContext = {
    deck: { id: deck.id, title: words.title?.value ?? deck.id, subtitle: words.subtitle?.value ?? '', attribution: words.attribution?.value ?? '', total: selected.cards.length },
    edition: { name: editionName, shortName: inLanguage(edition.value.shortName, lang) ?? editionName },
    lang,
  };
  const cards = resolveCards(selected.cards, sources, { definition: deck.definition, layout, baseContext, editionFile: edition.file }, diagnostics);
  const back = resolveBack(words, edition, layout, baseContext, lang, diagnostics);
  if (diagnostics.some((d) => d.severity === 'error') || !back.title) return { diagnostics };
  // the back keeps the deck's colour (mixed decks can be sorted); the brand goes in a strip at its foot
  const brand = edition.colours?.brand;
  return {
    deck: {
      id: deck.id,
      lang,
      title: baseContext.deck.title,
      subtitle: words.subtitle?.value,
      attribution: words.attribution?.value,
      editionName,
      logo: edition.logo,
      format: { ...format, id: formatId },
      numbers: def.numbers,
      layout: layout.value,
      colours: {
        ...theme.colours,
        back: def.colour,
        onBack: def.back?.text ?? readableOn(def.colour, [theme.colours.text, theme.colours.paper]),
        ...(brand ? { brand, onBrand: edition.colours?.onBrand ?? theme.colours.text } : {}),
      },
      print: theme.print,
      cards,
      back: { ...back, title: back.title, device: def.back?.device ?? [] },
    },
    diagnostics,
  };
}
