import { error, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import { missingTranslation } from '../diagnostics/missingTranslation.ts';
import { locate, locateInValue, type YamlFile, type YamlPath } from '../load/readYamlFile.ts';
import { SOURCE_LANGUAGE, type Deck, type Located, type Project } from '../model/Project.ts';
import type { LanguageFile } from '../model/Deck.ts';
import { CARD_PARTS, type CardPart } from '../model/Layout.ts';
import type { ResolvedCard, ResolvedDeck, ResolvedPart, ResolvedText } from '../model/Resolved.ts';
import { applyTypography } from '../typography/applyTypography.ts';
import { fillTemplate, type TemplateContext } from './fillTemplate.ts';
import { readableOn } from '../colour/readableOn.ts';

/** Words found somewhere in the cascade, with the place they came from. */
interface Words {
  value: string;
  file: YamlFile;
  path: YamlPath;
  lang: string;
}

/**
 * Settles every value of one deck in one language. The cascade, lowest priority first, applied here
 * and nowhere else:
 *
 *   theme (fonts, colours, print rules) → card layout (sizes, templates) → deck (format, colours, cards)
 *   → edition (name, logo, brand colour, fonts, cards left out or added) → language file (the words,
 *   Dutch where a translation is missing) → card (the edition's rewording of one card in one language).
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
  const edition = project.edition;
  const choice = edition.choices.get(deck.id);
  const layoutFile = project.cardLayouts.get(def.layout)?.file;
  const layout = project.cardLayouts.get(def.layout)?.value;
  const formatId = formatOverride ?? def.format;
  const format = project.formats.value.formats[formatId];
  const dutch = deck.languages.get(SOURCE_LANGUAGE);
  if (!layout || !layoutFile || !format || !dutch) throw new Error(`resolveDeck: deck '${deck.id}' was not validated`);
  const own = deck.languages.get(lang);

  /** The first of the candidates that has words. */
  const first = (...candidates: (Words | undefined | false)[]): Words | undefined => candidates.find((c): c is Words => !!c && c.value !== undefined);
  const fromFile = (file: Located<LanguageFile> | undefined, fileLang: string, get: (f: LanguageFile) => string | undefined, path: YamlPath): Words | undefined => {
    const value = file && get(file.value);
    return file && value !== undefined ? { value, file: file.file, path, lang: fileLang } : undefined;
  };
  const deckField = (field: 'title' | 'subtitle' | 'attribution') => first(
    fromFile(own, lang, (f) => f.deck[field], ['deck', field]),
    fromFile(dutch, SOURCE_LANGUAGE, (f) => f.deck[field], ['deck', field]),
  );
  const choicePath = (...rest: (string | number)[]): YamlPath => ['decks', choice?.index ?? 0, ...rest];
  /** Where a card's field is found: the edition's rewording, the language file, the added card; each as a list (items have many). */
  type Field = 'title' | CardPart;
  interface FieldWords { values: string[]; file: YamlFile; path: YamlPath; lang: string }
  const firstField = (...candidates: (FieldWords | undefined)[]): FieldWords | undefined => candidates.find((c) => c !== undefined);
  const asWords = (value: string | string[] | undefined, file: YamlFile, path: YamlPath, inLang: string): FieldWords | undefined =>
    value === undefined ? undefined : { values: typeof value === 'string' ? [value] : value, file, path, lang: inLang };
  const reworded = (cardId: string, inLang: string, field: Field): FieldWords | undefined =>
    asWords(choice?.reword[cardId]?.[inLang]?.[field], edition.file, choicePath('reword', cardId, inLang, field), inLang);
  const cardField = (cardId: string, field: Field): Words[] | undefined => {
    const added = choice?.add.findIndex((a) => a.id === cardId) ?? -1;
    let found: FieldWords | undefined;
    if (added >= 0) {
      const texts = choice!.add[added]!.texts;
      const inLang = (l: string) => asWords(texts[l]?.[field], edition.file, choicePath('add', added, 'texts', l, field), l);
      found = firstField(inLang(lang), inLang(SOURCE_LANGUAGE));
    } else {
      found = firstField(
        reworded(cardId, lang, field),
        own && asWords(own.value.cards[cardId]?.[field], own.file, ['cards', cardId, field], lang),
        reworded(cardId, SOURCE_LANGUAGE, field),
        asWords(dutch.value.cards[cardId]?.[field], dutch.file, ['cards', cardId, field], SOURCE_LANGUAGE),
      );
    }
    if (!found) return undefined;
    const { values, file, path, lang: inLang } = found;
    return values.map((value, i) => ({ value, file, lang: inLang, path: field === 'items' ? [...path, i] : path }));
  };
  const partLabel = (label: 'question' | 'task'): string | undefined => own?.value.labels?.[label] ?? dutch.value.labels?.[label];

  // the edition's selection: cards left out, cards added after a given card or at the end
  const cards = def.cards.filter((c) => !choice?.leaveOut.includes(c.id));
  for (const added of choice?.add ?? []) {
    const at = added.after ? cards.findIndex((c) => c.id === added.after) : -1;
    cards.splice(at >= 0 ? at + 1 : cards.length, 0, { id: added.id, category: added.category });
    if (lang !== SOURCE_LANGUAGE && !added.texts[lang]) {
      diagnostics.push(missingTranslation(locate(edition.file, choicePath('add', choice!.add.indexOf(added), 'texts')), `added card '${added.id}' has no ${lang} text; the Dutch text is used`));
    }
  }
  if (choice && lang !== SOURCE_LANGUAGE) {
    for (const [cardId, byLang] of Object.entries(choice.reword)) {
      if (byLang[SOURCE_LANGUAGE] && !byLang[lang]) {
        diagnostics.push(missingTranslation(locate(edition.file, choicePath('reword', cardId), 'key'), `card '${cardId}' is reworded in Dutch but not in ${lang}; the standard ${lang} text is used`));
      }
    }
  }

  const editionName = inLanguage(edition.value.name, lang) ?? edition.id;
  const deckTitle = deckField('title');
  const deckSubtitle = deckField('subtitle');
  const attribution = deckField('attribution');
  const baseContext = {
    deck: { id: deck.id, title: deckTitle?.value ?? deck.id, subtitle: deckSubtitle?.value ?? '', attribution: attribution?.value ?? '', total: cards.length },
    edition: { name: editionName, shortName: inLanguage(edition.value.shortName, lang) ?? editionName },
    lang,
  };
  const text = (words: Words, field: string, context: TemplateContext): ResolvedText | undefined => {
    const at = (i: number) => locateInValue(words.file, words.path, i);
    const filled = fillTemplate(words.value, context, at);
    diagnostics.push(...filled.diagnostics);
    if (filled.value === undefined) return undefined;
    // a text that fell back to Dutch is set as Dutch: its quotes and hyphenation
    const value = applyTypography(filled.value, words.lang);
    // once a template is filled or quotes replaced, indexes no longer match the source
    return { value, lang: words.lang, source: locate(words.file, words.path), field, at: value === words.value ? at : undefined };
  };
  const layoutText = (path: YamlPath, template: string, field: string, context: TemplateContext): ResolvedText =>
    text({ value: template, file: layoutFile, path, lang }, field, context) ?? { value: '', lang, source: locate(layoutFile, path), field };

  const resolvedCards: ResolvedCard[] = [];
  const categoryCounts = new Map<string, number>();
  for (const [i, card] of cards.entries()) {
    const category = def.categories[card.category];
    if (!category) continue;
    const number = category.numbered ? (categoryCounts.get(card.category) ?? 0) + 1 : undefined;
    if (number !== undefined) categoryCounts.set(card.category, number);
    const labelWords = first(
      fromFile(own, lang, (f) => f.categories[card.category], ['categories', card.category]),
      fromFile(dutch, SOURCE_LANGUAGE, (f) => f.categories[card.category], ['categories', card.category]),
    );
    const label = applyTypography(labelWords?.value ?? card.category, labelWords?.lang ?? lang);
    const context = { ...baseContext, card: { id: card.id, index: i + 1, number: number ?? '', category: label } };
    const titleWords = cardField(card.id, 'title')?.[0];
    const title = titleWords ? text(titleWords, 'title', context) : undefined;
    const parts: ResolvedPart[] = [];
    for (const kind of CARD_PARTS) {
      let words = cardField(card.id, kind);
      // a category's prompt, for every card of it that has none of its own
      if (!words && kind === 'prompt') {
        const prompt = first(
          fromFile(own, lang, (f) => f.prompts?.[card.category], ['prompts', card.category]),
          fromFile(dutch, SOURCE_LANGUAGE, (f) => f.prompts?.[card.category], ['prompts', card.category]),
        );
        words = prompt && [prompt];
      }
      if (!words) continue;
      const texts = words.map((w, n) => text(w, kind === 'items' ? `items[${n + 1}]` : kind, context)).filter((t): t is ResolvedText => t !== undefined);
      const partLabelText = kind === 'question' || kind === 'task' ? partLabel(kind) : undefined;
      parts.push({ kind, label: partLabelText && applyTypography(partLabelText, lang), texts });
    }
    if (parts.length === 0) {
      diagnostics.push(error(locate(edition.file, choicePath()), `card '${card.id}' has no text`, 'give it a text in the language file or the edition'));
      continue;
    }
    const footer = layoutText(['front', 'footer', 'template'], layout.front.footer.template, 'footer', context);
    resolvedCards.push({ id: card.id, index: i + 1, number, category: { id: card.category, label, colour: category.colour, mark: category.mark, source: labelWords ? locate(labelWords.file, labelWords.path) : locate(deck.definition.file, ['categories', card.category]) }, title, parts, footer });
  }

  const backTitle = deckTitle && text(deckTitle, 'deck.title', baseContext);
  const backSubtitle = deckSubtitle && text(deckSubtitle, 'deck.subtitle', baseContext);
  const backEdition = layoutText(['back', 'edition', 'template'], layout.back.edition.template, 'edition', baseContext);
  // the short form, for a back where the name does not fit; and where the name is written, for a message
  const shortName = inLanguage(edition.value.shortName, lang);
  const backEditionShort = shortName ? layoutText(['back', 'edition', 'template'], layout.back.edition.template, 'edition', { ...baseContext, edition: { name: shortName, shortName } }) : undefined;
  const nameKey = typeof edition.value.name === 'string' || !edition.value.name[lang] ? ['name'] : ['name', lang];
  const backEditionName = { name: backEdition.value, shortName: backEditionShort?.value, source: locate(edition.file, nameKey, 'key') };
  const backAttribution = attribution && text(attribution, 'deck.attribution', baseContext);
  // the back keeps the deck's colour (mixed decks can be sorted); the brand goes in a strip at its foot
  const brand = edition.colours?.brand;
  if (diagnostics.some((d) => d.severity === 'error') || !backTitle) return { diagnostics };
  return {
    deck: {
      id: deck.id,
      lang,
      title: baseContext.deck.title,
      subtitle: deckSubtitle?.value,
      attribution: attribution?.value,
      editionName,
      logo: edition.logo,
      format: { ...format, id: formatId },
      numbers: def.numbers,
      layout,
      colours: {
        ...theme.colours,
        back: def.colour,
        onBack: def.back?.text ?? readableOn(def.colour, [theme.colours.text, theme.colours.paper]),
        ...(brand ? { brand, onBrand: edition.colours?.onBrand ?? theme.colours.text } : {}),
      },
      print: theme.print,
      cards: resolvedCards,
      back: {
        title: backTitle,
        subtitle: backSubtitle || undefined,
        attribution: backAttribution || undefined,
        edition: edition.value.nameOnBacks ? backEdition : undefined,
        ...(edition.value.nameOnBacks ? { editionShort: backEditionShort, editionName: backEditionName } : {}),
        device: def.back?.device ?? [],
      },
    },
    diagnostics,
  };
}

/** A text given once or per language, in `lang` (else Dutch, else the first given). */
function inLanguage(text: string | Record<string, string> | undefined, lang: string): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return text[lang] ?? text[SOURCE_LANGUAGE] ?? Object.values(text)[0];
}
