import path from 'node:path';
import type { z } from 'zod';
import { error, usageError, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import { locate } from '../load/readYamlFile.ts';
import { SOURCE_LANGUAGE, type BuildOptions, type Deck, type EditionExtras, type FontRole, type FontSet, type Located, type Poster, type Project, type RawProject } from '../model/Project.ts';
import { checkDeckColours, checkEditionColours } from './checkDeckColours.ts';
import { checkGlossary, checkGlossaryTerms, stringsOf } from './checkGlossary.ts';
import { checkLanguageCodes } from './checkLanguageCodes.ts';
import { cardLayoutSchema, editionSchema, formatsSchema, glossarySchema, papersSchema, posterLayoutSchema, themeSchema, type Glossary, type Theme } from './schemas.ts';
import { suggest } from './suggest.ts';
import { validateDeck, type Check } from './validateDeck.ts';
import { checkDeckChoice, validateEdition } from './validateEdition.ts';
import { parseFont } from './validateFonts.ts';
import { validateYaml } from './validateYaml.ts';

/** Papers the pipeline names itself: the default --paper and the papers of the poster tiles. */
const REQUIRED_PAPERS = ['a4', 'a3'];

/**
 * The edition's id names its output folder (output/<id>/): the folder of an edition.yaml, else the file's
 * name without .yaml. Only a plain name is accepted, so that no id (`..` from a file `...yaml`) can lead
 * outside the output folder.
 */
export function editionIdOf(editionPath: string): { ok: true; id: string } | { ok: false; message: string; hint: string } {
  const inFolder = path.basename(editionPath) === 'edition.yaml';
  const id = inFolder ? path.basename(path.dirname(editionPath)) : path.basename(editionPath).replace(/\.ya?ml$/i, '');
  if (/^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/.test(id) && id.length <= 100) return { ok: true, id };
  const shown = id.length > 60 ? `${id.slice(0, 60)}…` : id;
  return {
    ok: false,
    message: `the edition ${inFolder ? 'folder' : 'file'} name '${shown}' cannot name an output folder`,
    hint: `rename the ${inFolder ? 'folder' : 'file'}: letters, digits, - and _ (like gemeente-voorbeeld${inFolder ? '/edition.yaml' : '.yaml'})`,
  };
}

type Selection = Pick<BuildOptions, 'langs' | 'only' | 'format' | 'paper'>;

/** Typed content from the raw files, with every problem across all files collected. */
export function validateProject(raw: RawProject, options: Selection): { project?: Project; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const check: Check = (file, schema) => {
    const yaml = raw.yaml.get(file);
    if (!yaml) return undefined;
    const result = validateYaml(yaml, schema);
    diagnostics.push(...result.diagnostics);
    return result.value === undefined ? undefined : { value: result.value, file: yaml };
  };
  const layouts = path.join(raw.root, 'layouts');
  const theme = check(path.join(layouts, 'theme.yaml'), themeSchema);
  const formats = check(path.join(layouts, 'formats.yaml'), formatsSchema);
  const papers = check(path.join(layouts, 'papers.yaml'), papersSchema);
  const cardLayouts = new Map<string, Located<z.infer<typeof cardLayoutSchema>>>();
  for (const name of raw.cardLayoutNames) {
    const layout = check(path.join(layouts, 'cards', `${name}.yaml`), cardLayoutSchema);
    if (layout) cardLayouts.set(name, layout);
  }
  const posterLayouts = new Map<string, Located<z.infer<typeof posterLayoutSchema>>>();
  const edition = check(raw.editionPath, editionSchema);
  const themeFonts = theme ? loadFonts(theme, raw.fontFiles, diagnostics) : undefined;

  if (formats && options.format && !Object.hasOwn(formats.value.formats, options.format)) {
    diagnostics.push(usageError(`unknown card format '${options.format}' in --format`, `known formats: ${Object.keys(formats.value.formats).join(', ')}`));
  }
  if (papers) {
    // the papers kaartwerk itself names: the default sheets and the poster tiles
    const missing = REQUIRED_PAPERS.filter((id) => !Object.hasOwn(papers.value.papers, id));
    for (const id of missing) {
      diagnostics.push(error(locate(papers.file, ['papers']), `layouts/papers.yaml has no paper '${id}'`, `kaartwerk prints card sheets on a4 by default and poster tiles on a4 and a3: keep '${id}:' (papers there: ${Object.keys(papers.value.papers).join(', ')})`));
    }
    if (!missing.length && !Object.hasOwn(papers.value.papers, options.paper)) {
      diagnostics.push(usageError(`unknown paper '${options.paper}' in --paper`, `known papers: ${Object.keys(papers.value.papers).join(', ')}`));
    }
  }

  const glossaries = new Map<string, Located<Glossary>>();
  for (const file of raw.yaml.keys()) {
    if (path.dirname(file) !== path.join(raw.root, 'glossary')) continue;
    const glossary = check(file, glossarySchema);
    if (glossary) glossaries.set(path.basename(file, '.yaml'), glossary);
  }

  const decks: Deck[] = [];
  const posters: Poster[] = [];
  let languages: string[] = [];
  let extras: EditionExtras | undefined;
  const known = [...raw.deckFolders.keys()];
  if (edition) {
    const deckIds = edition.value.decks.map((d) => (typeof d === 'string' ? d : d.id));
    deckIds.forEach((deckId, i) => {
      if (!raw.deckFolders.has(deckId)) {
        const at = typeof edition.value.decks[i] === 'string' ? ['decks', i] : ['decks', i, 'id'];
        diagnostics.push(error(locate(edition.file, at), `unknown deck '${deckId}'`, suggest(deckId, known, 'decks in cards/ and in the edition folder')));
      }
    });
    const available = deckIds.filter((d) => raw.deckFolders.has(d));
    for (const [i, posterId] of edition.value.posters.entries()) {
      if (!raw.posterLayoutNames.includes(posterId)) {
        diagnostics.push(error(locate(edition.file, ['posters', i]), `unknown poster '${posterId}'`, suggest(posterId, raw.posterLayoutNames, 'posters in layouts/posters/')));
      }
    }
    const availablePosters = edition.value.posters.filter((p) => raw.posterLayoutNames.includes(p));
    for (const id of options.only ?? []) {
      const isKnown = available.includes(id) || (id.startsWith('poster-') && availablePosters.includes(id.slice(7)));
      if (!isKnown) diagnostics.push(usageError(`unknown deck or poster '${id}' in --only`, `this edition has: ${[...available, ...availablePosters.map((p) => `poster-${p}`)].join(', ')}`));
    }
    // posters first: they name the decks whose words they need, built or not
    for (const posterId of availablePosters.filter((p) => !options.only || options.only.includes(`poster-${p}`))) {
      const layout = check(path.join(layouts, 'posters', `${posterId}.yaml`), posterLayoutSchema);
      if (!layout) continue;
      posterLayouts.set(posterId, layout);
      if (!available.includes(layout.value.deck)) {
        diagnostics.push(error(locate(edition.file, ['posters', edition.value.posters.indexOf(posterId)]), `poster '${posterId}' shows deck '${layout.value.deck}', which this edition does not have`, `add '${layout.value.deck}' to decks`));
        continue;
      }
      posters.push({ id: posterId, layout });
    }
    languages = edition.value.languages;
    diagnostics.push(...checkLanguageCodes(edition));
    for (const lang of options.langs ?? []) {
      if (!languages.includes(lang)) diagnostics.push(usageError(`language '${lang}' in --lang is not one of this edition`, `its languages: ${languages.join(', ')}`));
    }
    if (options.langs) languages = languages.filter((l) => options.langs?.includes(l));

    // the largest size the logo is printed at decides whether a raster logo is sharp enough
    const logoHeightMm = Math.max(...[...cardLayouts.values()].map((l) => l.value.back.logoHeightMm), ...[...posterLayouts.values()].map((l) => l.value.logoHeightMm));
    const validated = validateEdition(raw, edition, logoHeightMm);
    diagnostics.push(...validated.diagnostics);
    extras = validated.extras;

    const built = available.filter((d) => !options.only || options.only.includes(d));
    const needed = [...new Set([...built, ...posters.map((p) => p.layout.value.deck)])];
    for (const id of needed) {
      const deck = validateDeck(raw, id, languages, cardLayouts, formats?.value.formats, diagnostics, check);
      if (!deck) continue;
      decks.push({ ...deck, build: built.includes(id) });
      if (theme) diagnostics.push(...checkDeckColours(deck.definition, theme.value.colours.text, { paper: theme.value.colours.paper, palette: edition.value.checks?.palette }));
      const choice = extras.choices.get(id);
      if (choice) diagnostics.push(...checkDeckChoice(choice, deck.definition.value, edition));
    }
    if (extras.colours && theme) diagnostics.push(...checkEditionColours(edition, extras.colours, theme.value.colours.text));
    const sourceGlossary = glossaries.get(SOURCE_LANGUAGE);
    for (const lang of languages) {
      const target = glossaries.get(lang);
      if (!sourceGlossary || !target || lang === SOURCE_LANGUAGE) continue;
      // only the terms of the decks that exist in the language are asked for
      const dutchTexts = decks.filter((d) => d.languages.has(lang)).flatMap((d) => stringsOf(d.languages.get(SOURCE_LANGUAGE)?.value).map((s) => s.value));
      diagnostics.push(...checkGlossaryTerms(sourceGlossary.value, target, lang, dutchTexts));
    }
    diagnostics.push(...decks.flatMap((deck) => glossaryDiagnostics(deck, glossaries)));
  } else {
    // The edition is broken: still check its deck list and every deck, so that all problems show at once.
    const editionYaml = raw.yaml.get(raw.editionPath);
    const listed = (editionYaml?.data as { decks?: unknown } | undefined)?.decks;
    if (editionYaml && Array.isArray(listed)) {
      listed.forEach((deckId, i) => {
        if (typeof deckId === 'string' && !raw.deckFolders.has(deckId)) {
          diagnostics.push(error(locate(editionYaml, ['decks', i]), `unknown deck '${deckId}'`, suggest(deckId, known, 'decks in cards/ and in the edition folder')));
        }
      });
    }
    for (const [id, found] of raw.deckFolders) {
      if (!options.only || options.only.includes(id)) validateDeck(raw, id, found.languages, cardLayouts, formats?.value.formats, diagnostics, check);
    }
  }
  if (!theme || !formats || !papers || !edition || !themeFonts || !extras || diagnostics.some((d) => d.severity === 'error')) {
    return { diagnostics };
  }
  const editionId = editionIdOf(raw.editionPath);
  if (!editionId.ok) return { diagnostics: [...diagnostics, error({ file: raw.editionPath, line: 1, col: 1 }, editionId.message, editionId.hint)] };
  // the cascade for fonts: the theme's, then the edition's own
  const fonts: FontSet = { ...themeFonts, ...extras.fonts };
  return {
    project: { root: raw.root, theme, formats, papers, cardLayouts, edition: { ...edition, id: editionId.id, ...extras }, decks, posters, languages, fonts },
    diagnostics,
  };
}

/** Glossary consistency of every translation of a deck (where both glossaries exist). */
function glossaryDiagnostics(deck: Deck, glossaries: Map<string, Located<Glossary>>): Diagnostic[] {
  const source = deck.languages.get(SOURCE_LANGUAGE);
  const sourceGlossary = glossaries.get(SOURCE_LANGUAGE);
  if (!source || !sourceGlossary) return [];
  return [...deck.languages].flatMap(([lang, target]) => {
    const targetGlossary = glossaries.get(lang);
    return lang === SOURCE_LANGUAGE || !targetGlossary ? [] : checkGlossary(source.value, target, lang, sourceGlossary.value, targetGlossary);
  });
}

function loadFonts(theme: Located<Theme>, files: Map<string, Uint8Array>, diagnostics: Diagnostic[]): FontSet | undefined {
  const faces: Partial<FontSet> = {};
  for (const role of ['regular', 'bold', 'italic'] as const satisfies readonly FontRole[]) {
    const fileName = theme.value.fonts[role];
    const face = parseFont(role, fileName, files.get(fileName), locate(theme.file, ['fonts', role]), [...files.keys()], diagnostics);
    if (face) faces[role] = face;
  }
  return faces.regular && faces.bold && faces.italic ? (faces as FontSet) : undefined;
}
