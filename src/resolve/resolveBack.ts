import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import { locate } from '../load/readYamlFile.ts';
import type { CardLayout } from '../model/Layout.ts';
import type { Located, Project } from '../model/Project.ts';
import type { ResolvedDeck } from '../model/Resolved.ts';
import type { Words } from './deckWords.ts';
import type { TemplateContext } from './fillTemplate.ts';
import { inLanguage } from './inLanguage.ts';
import { resolveLayoutText, resolveText } from './resolveText.ts';

type Back = Omit<ResolvedDeck['back'], 'title' | 'device'> & { title?: ResolvedDeck['back']['title'] };

/**
 * The words on a card's back: the deck's title, subtitle and attribution, and the edition's name where the
 * edition prints it on its backs (with its short form for a back where the name does not fit, and where the
 * name is written, for a message). Undefined title: the title's template has an error.
 */
export function resolveBack(
  deckWords: { title?: Words; subtitle?: Words; attribution?: Words },
  edition: Project['edition'],
  layout: Located<CardLayout>,
  context: TemplateContext & { edition: { name: string; shortName: string } },
  lang: string,
  diagnostics: Diagnostic[],
): Back {
  const text = (words: Words | undefined, field: string) => words && resolveText(words, field, context, diagnostics);
  const nameTemplate = (nameContext: TemplateContext) =>
    resolveLayoutText({ file: layout.file, lang }, ['back', 'edition', 'template'], layout.value.back.edition.template, 'edition', nameContext, diagnostics);
  const title = text(deckWords.title, 'deck.title');
  const subtitle = text(deckWords.subtitle, 'deck.subtitle');
  const editionText = nameTemplate(context);
  const shortName = inLanguage(edition.value.shortName, lang);
  const editionShort = shortName ? nameTemplate({ ...context, edition: { name: shortName, shortName } }) : undefined;
  const nameKey = typeof edition.value.name === 'string' || !edition.value.name[lang] ? ['name'] : ['name', lang];
  const editionName = { name: editionText.value, shortName: editionShort?.value, source: locate(edition.file, nameKey, 'key') };
  const attribution = text(deckWords.attribution, 'deck.attribution');
  return {
    title,
    subtitle: subtitle || undefined,
    attribution: attribution || undefined,
    edition: edition.value.nameOnBacks ? editionText : undefined,
    ...(edition.value.nameOnBacks ? { editionShort, editionName } : {}),
  };
}
