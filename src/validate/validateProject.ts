import { error, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { BuildOptions, Deck, EditionExtras, FontSet, Poster, Project, RawProject } from '../model/Project.ts';
import { checkEditionColours } from './checkDeckColours.ts';
import { checkLayoutOptions } from './checkLayoutOptions.ts';
import { checkYamlFiles } from './checkYamlFiles.ts';
import { editionIdOf } from './editionIdOf.ts';
import { glossaryDiagnostics } from './glossaryDiagnostics.ts';
import { loadFonts } from './loadFonts.ts';
import { readGlossaries } from './readGlossaries.ts';
import { editionSchema } from './schemas.ts';
import { selectEditionContent } from './selectEditionContent.ts';
import { selectLanguages } from './selectLanguages.ts';
import { validateDecks } from './validateDecks.ts';
import { validateEdition } from './validateEdition.ts';
import { validateLayouts } from './validateLayouts.ts';
import { validatePosters } from './validatePosters.ts';
import { validateWithoutEdition } from './validateWithoutEdition.ts';

type Selection = Pick<BuildOptions, 'langs' | 'only' | 'format' | 'paper'>;

/** Typed content from the raw files, with every problem across all files collected. */
export function validateProject(raw: RawProject, options: Selection): { project?: Project; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const check = checkYamlFiles(raw, diagnostics);
  const layouts = validateLayouts(raw, check);
  const { theme, formats, papers } = layouts;
  const edition = check(raw.editionPath, editionSchema);
  const themeFonts = theme ? loadFonts(theme, raw.fontFiles, diagnostics) : undefined;
  diagnostics.push(...checkLayoutOptions(formats, papers, options));
  const glossaries = readGlossaries(raw, check);

  let decks: Deck[] = [];
  let posters: Poster[] = [];
  let languages: string[] = [];
  let extras: EditionExtras | undefined;
  if (edition) {
    const selected = selectEditionContent(raw, edition, options.only);
    diagnostics.push(...selected.diagnostics);
    // posters first: they name the decks whose words they need, built or not
    const postersFound = validatePosters(raw, edition, { ...selected, only: options.only }, check, diagnostics);
    posters = postersFound.posters;
    const inLanguages = selectLanguages(edition, options.langs);
    diagnostics.push(...inLanguages.diagnostics);
    languages = inLanguages.languages;

    // the largest size the logo is printed at decides whether a raster logo is sharp enough
    const logoHeightMm = Math.max(...[...layouts.cardLayouts.values()].map((l) => l.value.back.logoHeightMm), ...postersFound.layouts.map((l) => l.value.logoHeightMm));
    const validated = validateEdition(raw, edition, logoHeightMm);
    diagnostics.push(...validated.diagnostics);
    extras = validated.extras;

    const built = selected.decks.filter((d) => !options.only || options.only.includes(d));
    const needed = [...new Set([...built, ...posters.map((p) => p.layout.value.deck)])];
    decks = validateDecks(raw, { ids: needed, built, languages }, { layouts, theme, edition, extras }, check, diagnostics);
    if (extras.colours && theme) diagnostics.push(...checkEditionColours(edition, extras.colours, theme.value.colours.text));
    diagnostics.push(...glossaryDiagnostics(decks, glossaries, languages));
  } else {
    validateWithoutEdition(raw, layouts, options.only, check, diagnostics);
  }
  if (!theme || !formats || !papers || !edition || !themeFonts || !extras || diagnostics.some((d) => d.severity === 'error')) {
    return { diagnostics };
  }
  const editionId = editionIdOf(raw.editionPath);
  if (!editionId.ok) return { diagnostics: [...diagnostics, error({ file: raw.editionPath, line: 1, col: 1 }, editionId.message, editionId.hint)] };
  // the cascade for fonts: the theme's, then the edition's own
  const fonts: FontSet = { ...themeFonts, ...extras.fonts };
  return {
    project: { root: raw.root, theme, formats, papers, cardLayouts: layouts.cardLayouts, edition: { ...edition, id: editionId.id, ...extras }, decks, posters, languages, fonts },
    diagnostics,
  };
}
