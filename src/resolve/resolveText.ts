import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import { locate, locateInValue, type YamlFile, type YamlPath } from '../load/readYamlFile.ts';
import type { ResolvedText } from '../model/Resolved.ts';
import { applyTypography } from '../typography/applyTypography.ts';
import type { Words } from './deckWords.ts';
import { fillTemplate, type TemplateContext } from './fillTemplate.ts';

/**
 * Words ready to set: the template filled and the typography of their language applied (a text that fell
 * back to Dutch is set as Dutch: its quotes and hyphenation). Undefined when the template has an error,
 * which goes into `diagnostics`.
 */
export function resolveText(words: Words, field: string, context: TemplateContext, diagnostics: Diagnostic[]): ResolvedText | undefined {
  const at = (i: number) => locateInValue(words.file, words.path, i);
  const filled = fillTemplate(words.value, context, at);
  diagnostics.push(...filled.diagnostics);
  if (filled.value === undefined) return undefined;
  const value = applyTypography(filled.value, words.lang);
  // once a template is filled or quotes replaced, indexes no longer match the source
  return { value, lang: words.lang, source: locate(words.file, words.path), field, at: value === words.value ? at : undefined };
}

/** A template of the card layout (a footer, the edition's name on the back), filled; empty where it has an error. */
export function resolveLayoutText(
  layout: { file: YamlFile; lang: string },
  path: YamlPath,
  template: string,
  field: string,
  context: TemplateContext,
  diagnostics: Diagnostic[],
): ResolvedText {
  const { file, lang } = layout;
  return resolveText({ value: template, file, path, lang }, field, context, diagnostics) ?? { value: '', lang, source: locate(file, path), field };
}
