import { warning, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import { missingTranslation } from '../diagnostics/missingTranslation.ts';
import { locate } from '../load/readYamlFile.ts';
import { SOURCE_LANGUAGE, type Deck, type Located, type Project } from '../model/Project.ts';
import { mainText, type ResolvedDeck, type ResolvedText } from '../model/Resolved.ts';
import type { ResolvedPoster, ResolvedPosterItem } from '../model/ResolvedPoster.ts';
import { applyTypography } from '../typography/applyTypography.ts';
import type { PosterLayout } from '../validate/schemas.ts';
import { fillTemplate } from './fillTemplate.ts';

/**
 * A poster in one language. Its words come from the deck as resolved for the cards (the same cascade,
 * the same fallback), so a rule changed once changes card and poster; only the section headings are the
 * poster's own (`poster:` in the language file, else the category label).
 */
export function resolvePoster(
  project: Project,
  id: string,
  poster: Located<PosterLayout>,
  deck: Deck,
  resolved: ResolvedDeck,
  strict: boolean,
): { poster?: ResolvedPoster; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lang = resolved.lang;
  const target = deck.languages.get(lang);
  const dutch = deck.languages.get(SOURCE_LANGUAGE);
  const layout = poster.value;

  const sections = layout.sections.map((section, i) => {
    const cards = 'category' in section.cards
      ? resolved.cards.filter((c) => c.category.id === (section.cards as { category: string }).category)
      : section.cards.ids.map((cardId) => resolved.cards.find((c) => c.id === cardId)).filter((c) => c !== undefined);
    const first = cards[0];
    if (!first) {
      diagnostics.push(warning(locate(poster.file, ['sections', i, 'cards']), `section '${section.id}' of poster '${id}' shows no card`, 'name a category or card ids the deck has'));
    }
    const own = target?.value.poster?.[section.id];
    const fallback = dutch?.value.poster?.[section.id];
    let heading: ResolvedText;
    if (own !== undefined && target) {
      heading = { value: applyTypography(own, lang), lang, source: locate(target.file, ['poster', section.id]), field: `poster.${section.id}` };
    } else if (fallback !== undefined && dutch) {
      if (lang !== SOURCE_LANGUAGE) {
        const message = `poster heading '${section.id}' has no ${lang} text; the Dutch heading is used`;
        diagnostics.push(missingTranslation(strict, locate(target?.file ?? dutch.file, target ? ['poster'] : []), message));
      }
      heading = { value: applyTypography(fallback, SOURCE_LANGUAGE), lang: SOURCE_LANGUAGE, source: locate(dutch.file, ['poster', section.id]), field: `poster.${section.id}` };
    } else {
      heading = { value: first?.category.label ?? section.id, lang, source: locate(poster.file, ['sections', i]), field: 'heading' };
    }
    const items: ResolvedPosterItem[] = cards.map((card) => ({
      cardId: card.id,
      number: section.show.includes('number') && card.number !== undefined ? String(card.number) : undefined,
      title: section.show.includes('title') ? card.title : undefined,
      text: section.show.includes('text') ? mainText(card) : undefined,
    }));
    return { id: section.id, heading, colour: first?.category.colour ?? resolved.colours.back, mark: first?.category.mark ?? 'none', columns: section.columns, items };
  });

  const context = {
    deck: { id: deck.id, title: resolved.title, subtitle: resolved.subtitle ?? '', attribution: resolved.attribution ?? '', total: resolved.cards.length },
    edition: { name: resolved.editionName, shortName: resolved.editionName },
    lang,
  };
  const footerPath = ['footer', 'template'];
  const footer = fillTemplate(layout.footer.template, context, () => locate(poster.file, footerPath));
  diagnostics.push(...footer.diagnostics);
  if (footer.value === undefined || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return {
    poster: {
      id,
      lang,
      layout,
      layoutSource: locate(poster.file, []),
      title: resolved.back.title,
      subtitle: resolved.back.subtitle,
      footer: { value: applyTypography(footer.value.replace(/^ · | · $/g, ''), lang), lang, source: locate(poster.file, footerPath), field: 'footer' },
      bandColour: resolved.colours.brand ?? resolved.colours.back,
      onBand: resolved.colours.brand ? resolved.colours.onBrand ?? resolved.colours.text : resolved.colours.onBack,
      logo: resolved.logo,
      colours: project.theme.value.colours,
      bleedMm: project.theme.value.print.bleedMm,
      sections,
    },
    diagnostics,
  };
}
