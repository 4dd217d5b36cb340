import fs from 'node:fs';
import path from 'node:path';
import { DiagnosticsError, hasErrors, usageError } from '../diagnostics/Diagnostic.ts';
import { loadProject } from '../load/loadProject.ts';
import { SOURCE_LANGUAGE, type BuildOptions, type Project } from '../model/Project.ts';
import { printDiagnostics, type Io } from '../cli/printDiagnostics.ts';
import { validateProject } from '../validate/validateProject.ts';
import { formatTranslationStatus, translationStatus } from '../validate/translationStatus.ts';
import { markTranslations } from './markTranslations.ts';
import { exportXliff, importXliff } from './xliff.ts';

export type TranslationsAction = { kind: 'status'; details: boolean } | { kind: 'mark'; keys?: string[] } | { kind: 'export'; out?: string } | { kind: 'import'; file: string };

/** `kaartwerk translations …`: the status table, marking reviewed strings, XLIFF out and in. Returns the exit code. */
export async function runTranslations(options: BuildOptions, action: TranslationsAction, io: Io): Promise<number> {
  const loaded = loadProject(options.root, options.editionFile);
  // the edition's languages (a --lang narrows the table; mark and export take one)
  const validated = validateProject(loaded.raw, { ...options, langs: action.kind === 'status' ? options.langs : undefined });
  const diagnostics = [...loaded.diagnostics, ...validated.diagnostics];
  const project = validated.project;
  if (!project || hasErrors(diagnostics)) {
    printDiagnostics(diagnostics, io);
    return diagnostics.some((d) => d.usage) ? 2 : 1;
  }
  if (action.kind === 'status') {
    io.stdout(`${formatTranslationStatus(translationStatus(project), { details: action.details })}\n`);
    return 0;
  }
  if (action.kind === 'import') {
    const file = path.resolve(io.cwd, action.file);
    if (!fs.existsSync(file)) throw new DiagnosticsError([usageError(`no file ${action.file}`)]);
    const result = importXliff(project, file);
    if (result.diagnostics.length) {
      printDiagnostics(result.diagnostics, io);
      if (hasErrors(result.diagnostics)) return 1;
    }
    for (const c of result.changes) io.stdout(`  ${c.kind.padEnd(7)} ${c.file}  ${c.key}\n`);
    io.stdout(`imported ${result.lang}: ${result.changes.length} changed or added, ${result.unchanged} unchanged, ${result.recorded} recorded as reviewed`
      + `${result.files.length ? ` (${result.files.join(', ')})` : ''}\n`);
    return 0;
  }
  const lang = oneLanguage(project, options.langs);
  if (action.kind === 'mark') {
    const result = markTranslations(project, lang, action.keys);
    io.stdout(`recorded ${result.recorded} ${lang} strings as translated from the present Dutch${result.files.length ? ` (${result.files.join(', ')})` : ' (nothing changed)'}\n`);
    if (result.same.length) io.stdout(`  meant to read as the Dutch: ${result.same.join(', ')}\n`);
    return 0;
  }
  // export: the fit of every card in the language, for the translator's notes
  const { checkProject } = await import('../pipeline.ts');
  const checked = checkProject({ ...options, langs: [lang], strict: false });
  const xml = exportXliff(project, lang, checked.fitReport);
  const out = path.resolve(io.cwd, action.out ?? `${project.edition.id}-${lang}.xlf`);
  fs.writeFileSync(out, xml);
  const units = (xml.match(/<unit /g) ?? []).length;
  io.stdout(`wrote ${path.relative(io.cwd, out) || out}: ${units} strings, nl → ${lang} (XLIFF 2.0); import it back with kaartwerk translations import ${path.relative(io.cwd, out) || out}\n`);
  return 0;
}

function oneLanguage(project: Project, langs: string[] | undefined): string {
  const others = project.languages.filter((l) => l !== SOURCE_LANGUAGE);
  if (langs?.length !== 1) throw new DiagnosticsError([usageError('say which language: --lang tr', `this edition's translations: ${others.join(', ') || 'none'}`)]);
  const lang = langs[0]!;
  if (lang === SOURCE_LANGUAGE) throw new DiagnosticsError([usageError('Dutch is the source: it has no translation to export or mark')]);
  if (!project.languages.includes(lang)) throw new DiagnosticsError([usageError(`'${lang}' is not a language of this edition`, `its translations: ${others.join(', ')}; add ${lang} to languages: in the edition`)]);
  return lang;
}
