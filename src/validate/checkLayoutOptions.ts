import { error, usageError, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import { locate } from '../load/readYamlFile.ts';
import type { Formats, Papers } from '../model/Layout.ts';
import type { BuildOptions, Located } from '../model/Project.ts';

/** Papers the pipeline names itself: the default --paper and the papers of the poster tiles. */
const REQUIRED_PAPERS = ['a4', 'a3'];

/** `--format` and `--paper` name a format and a paper of layouts/, which keeps the papers kaartwerk itself prints on. */
export function checkLayoutOptions(
  formats: Located<{ formats: Formats }> | undefined,
  papers: Located<{ papers: Papers }> | undefined,
  options: Pick<BuildOptions, 'format' | 'paper'>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (formats && options.format && !Object.hasOwn(formats.value.formats, options.format)) {
    diagnostics.push(usageError(`unknown card format '${options.format}' in --format`, `known formats: ${Object.keys(formats.value.formats).join(', ')}`));
  }
  if (papers) {
    const missing = REQUIRED_PAPERS.filter((id) => !Object.hasOwn(papers.value.papers, id));
    for (const id of missing) {
      diagnostics.push(error(locate(papers.file, ['papers']), `layouts/papers.yaml has no paper '${id}'`, `kaartwerk prints card sheets on a4 by default and poster tiles on a4 and a3: keep '${id}:' (papers there: ${Object.keys(papers.value.papers).join(', ')})`));
    }
    if (!missing.length && !Object.hasOwn(papers.value.papers, options.paper)) {
      diagnostics.push(usageError(`unknown paper '${options.paper}' in --paper`, `known papers: ${Object.keys(papers.value.papers).join(', ')}`));
    }
  }
  return diagnostics;
}
