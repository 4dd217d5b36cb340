import { warning, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import { locate } from '../load/readYamlFile.ts';
import { SOURCE_LANGUAGE, type Deck, type Located, type Project } from '../model/Project.ts';
import { mainText, partOf, type ResolvedCard, type ResolvedDeck, type ResolvedText } from '../model/Resolved.ts';
import { NAME_MARK } from '../model/ResolvedPoster.ts';
import type { ResolvedPoster, ResolvedPosterItem, ResolvedPosterList, ResolvedPosterSection } from '../model/ResolvedPoster.ts';
import { applyTypography } from '../typography/applyTypography.ts';
import type { PosterLayout, PosterListSection, PosterSection } from '../model/PosterLayout.ts';
import { fillTemplate } from './fillTemplate.ts';

function inLanguage(value: string | Record<string, string> | undefined, lang: string): string | undefined {
  return typeof value === 'string' ? value : value?.[lang] ?? value?.[SOURCE_LANGUAGE];
}

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
): { poster?: ResolvedPoster; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lang = resolved.lang;
  const target = deck.languages.get(lang);
  const dutch = deck.languages.get(SOURCE_LANGUAGE);
  const layout = poster.value;

  const cardsOf = (choice: { category: string } | { ids: string[] }) => ('category' in choice
    ? resolved.cards.filter((c) => c.category.id === choice.category)
    : choice.ids.map((cardId) => resolved.cards.find((c) => c.id === cardId)).filter((c) => c !== undefined));
  const noCard = (path: (string | number)[], sectionId: string) =>
    diagnostics.push(warning(locate(poster.file, path), `section '${sectionId}' of poster '${id}' shows no card`, 'name a category or card ids the deck has'));
  // the heading: `poster: <id>` in the language file, else the Dutch one (with a note), else the category label
  const headingOf = (sectionId: string, first: ResolvedCard | undefined, path: (string | number)[]): ResolvedText => {
    const own = target?.value.poster?.[sectionId];
    const fallback = dutch?.value.poster?.[sectionId];
    if (own !== undefined && target) {
      return { value: applyTypography(own, lang), lang, source: locate(target.file, ['poster', sectionId]), field: `poster.${sectionId}` };
    }
    // a heading missing in the language is reported with every other string that falls back to Dutch
    // (translate/checkTranslations.ts), once
    if (fallback !== undefined && dutch) {
      return { value: applyTypography(fallback, SOURCE_LANGUAGE), lang: SOURCE_LANGUAGE, source: locate(dutch.file, ['poster', sectionId]), field: `poster.${sectionId}` };
    }
    return { value: first?.category.label ?? sectionId, lang, source: locate(poster.file, path), field: 'heading' };
  };
  const itemsOf = (cards: ResolvedCard[], show: readonly string[]): ResolvedPosterItem[] => cards.map((card) => ({
    cardId: card.id,
    number: show.includes('number') && card.number !== undefined ? String(card.number) : undefined,
    title: show.includes('title') ? card.title : undefined,
    text: show.includes('text') ? mainText(card) : undefined,
  }));
  const base = (section: PosterSection, first: ResolvedCard | undefined, path: (string | number)[]) => ({
    id: section.id,
    heading: section.heading ? headingOf(section.id, first, path) : undefined,
    colour: first?.category.colour ?? resolved.colours.back,
    mark: first?.category.mark ?? 'none',
    optional: section.optional,
  });
  const list = (section: PosterListSection, path: (string | number)[]): ResolvedPosterList => {
    const cards = cardsOf(section.cards);
    if (!cards[0]) noCard([...path, 'cards'], section.id);
    return { ...base(section, cards[0], path), kind: 'list', columns: section.columns, items: itemsOf(cards, section.show) };
  };

  const sections = layout.sections.map((section, i): ResolvedPosterSection => {
    const path = ['sections', i];
    switch (section.kind) {
      case 'list':
        return list(section, path);
      case 'flow': {
        const cards = cardsOf(section.cards);
        if (!cards[0]) noCard([...path, 'cards'], section.id);
        return { ...base(section, cards[0], path), kind: 'flow', items: itemsOf(cards, section.show) };
      }
      case 'grid': {
        const rows = cardsOf(section.rows);
        const columns = cardsOf(section.columns);
        if (!rows[0]) noCard([...path, 'rows'], section.id);
        if (!columns[0]) noCard([...path, 'columns'], section.id);
        return {
          ...base(section, rows[0], path),
          kind: 'grid',
          rows: itemsOf(rows, ['title']),
          columns: itemsOf(columns, ['title']),
          rowColour: rows[0]?.category.colour ?? resolved.colours.back,
          columnColour: columns[0]?.category.colour ?? resolved.colours.back,
          cellMinMm: section.cellMinMm,
          ruleWidthPt: section.ruleWidthPt,
          rail: section.rail && { widthMm: section.rail.widthMm, sections: section.rail.sections.map((s, j) => list(s, [...path, 'rail', 'sections', j])) },
        };
      }
      case 'boxes': {
        const card = resolved.cards.find((c) => c.id === section.card);
        const items = card ? partOf(card, 'items')?.texts ?? [] : [];
        if (!items.length) {
          diagnostics.push(warning(locate(poster.file, [...path, 'card']), `section '${section.id}' of poster '${id}': card '${section.card}' has no items`, 'name a card with a list of items:'));
        }
        return { ...base(section, card, path), kind: 'boxes', cardId: section.card, items };
      }
    }
  });

  const context = {
    deck: { id: deck.id, title: resolved.title, subtitle: resolved.subtitle ?? '', attribution: resolved.attribution ?? '', total: resolved.cards.length },
    // the name is left as a mark: the layout sets the name, or its short form, where it fits
    edition: { name: NAME_MARK, shortName: NAME_MARK },
    lang,
  };
  const edition = project.edition;
  const shortName = inLanguage(edition.value.shortName, lang);
  const nameKey = typeof edition.value.name === 'string' ? ['name'] : ['name', lang];
  const footerPath = ['footer', 'template'];
  const footer = fillTemplate(layout.footer.template, context, () => locate(poster.file, footerPath));
  diagnostics.push(...footer.diagnostics);
  if (footer.value === undefined || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const trimmed = footer.value.replace(/^ · | · $/g, '');
  // the footer with the name, and the words around the name, for a layout that sets the short form
  const [before, after] = trimmed.split(NAME_MARK);
  const withName = applyTypography(trimmed.split(NAME_MARK).join(resolved.editionName), lang);
  return {
    poster: {
      id,
      lang,
      layout,
      layoutSource: locate(poster.file, []),
      title: resolved.back.title,
      subtitle: resolved.back.subtitle,
      footer: { value: withName, lang, source: locate(poster.file, footerPath), field: 'footer' },
      footerAroundName: after !== undefined ? [applyTypography(before ?? '', lang), applyTypography(after, lang)] : undefined,
      edition: {
        name: applyTypography(resolved.editionName, lang),
        shortName: shortName ? applyTypography(shortName, lang) : undefined,
        source: locate(edition.file, typeof edition.value.name === 'string' || edition.value.name[lang] ? nameKey : ['name'], 'key'),
      },
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
