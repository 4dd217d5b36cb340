import fs from 'node:fs';
import path from 'node:path';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { error, hasErrors, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import { SOURCE_LANGUAGE, type Project } from '../model/Project.ts';
import type { FitReportRow } from '../pipeline.ts';
import { writeFileAtomic } from '../output/writeFileAtomic.ts';
import { collectStrings, type PrintedString } from './collectStrings.ts';
import { setYamlString } from './editYamlText.ts';
import { missingPlaceholders } from './missingPlaceholders.ts';
import { hashOf, readSourceHashes, writeSourceHashes } from './sourceHashes.ts';
import { unitPosition } from './unitPosition.ts';

const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
/** The strings of one file: a deck's language file, or kaartwerk's own words (`kaartwerk`). */
const fileIdOf = (s: PrintedString) => s.scope;

/** XLIFF 2.0 segment states: what the translator (or the tool) last did with the string. */
function segmentState(s: PrintedString): 'initial' | 'translated' | 'reviewed' {
  if (s.state === 'missing' || s.state === 'same' || s.state === 'stale') return 'initial';
  return s.recorded !== undefined ? 'reviewed' : 'translated';
}

/**
 * `kaartwerk translations export --lang tr`: every string of the edition that reaches paper in `lang`, one
 * XLIFF 2.0 file (Weblate, Crowdin, memoQ, OmegaT read it): per deck a <file>, per string a <unit> with
 * the Dutch source, the translation so far, and notes (where it is printed, how full its card is, whether
 * the Dutch changed since it was translated). The edition's own texts (its name, reworded and added cards)
 * stay in edition.yaml and are not exported.
 */
export function exportXliff(project: Project, lang: string, fitReport: readonly FitReportRow[] = []): string {
  const strings = collectStrings(project, lang).filter((s) => s.tracked);
  const files = [...new Set(strings.map(fileIdOf))].map((id) => {
    const inFile = strings.filter((s) => fileIdOf(s) === id);
    return {
      '@_id': id,
      '@_original': path.relative(project.root, inFile[0]!.targetPath).split(path.sep).join('/'),
      '@_xml:space': 'preserve',
      unit: inFile.map((s) => {
        const notes = [{ '@_category': 'location', '#text': s.note }];
        const fit = fitNote(s, lang, fitReport);
        if (fit) notes.push({ '@_category': 'fit', '#text': fit });
        if (s.state === 'stale') notes.push({ '@_category': 'stale', '#text': 'the Dutch has changed since this was translated: check the translation against it' });
        if (s.state === 'same') notes.push({ '@_category': 'same', '#text': 'reads word for word as the Dutch: translate it, or mark it reviewed if it stays as it is (a name)' });
        return {
          '@_id': s.key,
          notes: { note: notes },
          segment: { '@_state': segmentState(s), source: s.source, ...(s.target !== undefined ? { target: s.target } : {}) },
        };
      }),
    };
  });
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true });
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    xliff: { '@_xmlns': XLIFF_NS, '@_version': '2.0', '@_srcLang': SOURCE_LANGUAGE, '@_trgLang': lang, file: files },
  }) as string;
}

/** How full the card (or poster) is that prints the string, in this language: a translator sees where there is no room. */
function fitNote(s: PrintedString, lang: string, fitReport: readonly FitReportRow[]): string | undefined {
  if (s.path[0] !== 'cards') return undefined;
  const row = fitReport.find((r) => r.deck === s.scope && r.lang === lang && r.card === String(s.path[1]));
  if (!row) return undefined;
  const shrunk = row.sizePt < row.preferredSizePt - 0.05;
  return `its card is ${Math.round(row.fill * 100)} % full in ${lang}, its text at ${row.sizePt.toFixed(1)} pt`
    + (shrunk ? ` (shrunk from ${row.preferredSizePt.toFixed(1)} pt; ${row.minSizePt.toFixed(1)} pt is the least): keep it short` : '');
}

export interface ImportChange {
  file: string;
  key: string;
  kind: 'added' | 'changed';
}

export interface ImportResult {
  lang?: string;
  changes: ImportChange[];
  /** Strings whose translation was recorded as reviewed from the Dutch of the XLIFF file. */
  recorded: number;
  unchanged: number;
  files: string[];
  diagnostics: Diagnostic[];
}

interface Unit { '@_id'?: string; segment?: { source?: unknown; target?: unknown; '@_state'?: string }[] }

/**
 * `kaartwerk translations import FILE`: the translations of an XLIFF 2.0 file (one exported by kaartwerk,
 * translated in any tool) written into the language files: only the values that changed are rewritten (the
 * rest of each file, comments and order, stays as it is). A translation that changed, or that the
 * translator marked reviewed or final, is recorded as translated from the XLIFF's Dutch: if the Dutch has
 * changed since the export, `check` shows it as stale. A file with any error (a unit that is no string of the
 * edition, a translation that lost a placeholder of its source) is refused whole: nothing is written.
 */
export function importXliff(project: Project, xliffFile: string): ImportResult {
  const result: ImportResult = { changes: [], recorded: 0, unchanged: 0, files: [], diagnostics: [] };
  const at = { file: xliffFile, line: 1, col: 1 };
  const xml = fs.readFileSync(xliffFile, 'utf8');
  let parsed: { xliff?: { '@_trgLang'?: string; '@_version'?: string; file?: { '@_id'?: string; unit?: Unit[] }[] } };
  try {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', trimValues: false, parseTagValue: false, processEntities: true,
      isArray: (name) => ['file', 'unit', 'segment', 'note'].includes(name) });
    parsed = parser.parse(xml);
  } catch (e) {
    result.diagnostics.push(error(at, `not an XLIFF file: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`, 'import a file that kaartwerk translations export wrote'));
    return result;
  }
  const lang = parsed.xliff?.['@_trgLang'];
  if (!parsed.xliff || parsed.xliff['@_version'] !== '2.0' || !lang) {
    result.diagnostics.push(error(at, 'not an XLIFF 2.0 file with a target language (trgLang)', 'import a file that kaartwerk translations export wrote'));
    return result;
  }
  result.lang = lang;
  if (!project.languages.includes(lang)) {
    result.diagnostics.push(error(at, `the XLIFF file is in '${lang}', which is not a language of this edition`, `add ${lang} to the edition's languages: [${project.languages.join(', ')}]`));
    return result;
  }
  const strings = new Map(collectStrings(project, lang).filter((s) => s.tracked).map((s) => [`${s.scope}\u0000${s.key}`, s]));
  const texts = new Map<string, string>();
  const hashes = new Map<string, ReturnType<typeof readSourceHashes>>();
  for (const file of parsed.xliff.file ?? []) {
    for (const unit of file.unit ?? []) {
      const s = strings.get(`${file['@_id']}\u0000${unit['@_id']}`);
      const segment = unit.segment?.[0];
      if (!s) {
        result.diagnostics.push(error(at, `unit '${unit['@_id']}' of file '${file['@_id']}' is no string of this edition`, 'export the file again: the cards may have changed'));
        continue;
      }
      const target = textOf(segment?.target);
      const source = textOf(segment?.source);
      if (target === undefined || target === '') continue;
      const changed = target !== s.target;
      const state = segment?.['@_state'];
      // what would be written or recorded must keep what printing fills in ({paper}, {{deck.title}})
      const lost = changed || state === 'reviewed' || state === 'final' ? missingPlaceholders(source ?? s.source, target) : [];
      if (lost.length) {
        result.diagnostics.push(error(unitPosition(xml, xliffFile, String(file['@_id']), String(unit['@_id'])),
          `unit '${unit['@_id']}' of file '${file['@_id']}': the translation lacks the placeholder${lost.length > 1 ? 's' : ''} ${lost.join(', ')} of the Dutch`,
          'keep every placeholder exactly as in the source: it is filled in when printed; nothing was imported'));
        continue;
      }
      // kaartwerk's own words are written only where the project holds its registry (kaartwerk's own folder)
      if (path.relative(project.root, s.targetPath).startsWith('..')) continue;
      const before = texts.get(s.targetPath) ?? (fs.existsSync(s.targetPath) ? fs.readFileSync(s.targetPath, 'utf8') : newLanguageFile(s, lang));
      if (changed) {
        texts.set(s.targetPath, setYamlString(before, s.path, target));
        result.changes.push({ file: path.relative(project.root, s.targetPath), key: s.key, kind: s.target === undefined ? 'added' : 'changed' });
      } else {
        result.unchanged++;
      }
      if (changed || state === 'reviewed' || state === 'final') {
        const recorded = hashes.get(s.targetPath) ?? readSourceHashes(s.targetPath);
        hashes.set(s.targetPath, recorded);
        recorded.sources[s.key] = hashOf(source ?? s.source);
        recorded.same = recorded.same.filter((k) => k !== s.key);
        if (target === (source ?? s.source)) recorded.same.push(s.key);
        result.recorded++;
      }
    }
  }
  // an import is all or nothing: a refused unit leaves every file as it was
  if (hasErrors(result.diagnostics)) return { ...result, changes: [], recorded: 0, unchanged: 0 };
  for (const [file, text] of texts) {
    writeFileAtomic(file, text);
    result.files.push(path.relative(project.root, file));
  }
  for (const [file, recorded] of hashes) {
    if (writeSourceHashes(file, recorded) && !result.files.includes(path.relative(project.root, file))) result.files.push(path.relative(project.root, file));
  }
  return result;
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { '#text'?: unknown })['#text'] === 'string') return (value as { '#text': string })['#text'];
  return undefined;
}

/** The start of a language file that does not exist yet: its schema line, and the deck's keys in the Dutch order. */
function newLanguageFile(s: PrintedString, lang: string): string {
  const schema = s.scope === 'kaartwerk' ? '../schemas/language-registry.schema.json' : '../../schemas/language.schema.json';
  return `# yaml-language-server: $schema=${schema}\n# ${lang}: translated from the Dutch (kaartwerk translations import)\n`;
}
