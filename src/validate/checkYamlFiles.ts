import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { RawProject } from '../model/Project.ts';
import type { Check } from './validateDeck.ts';
import { validateYaml } from './validateYaml.ts';

/**
 * Checks a loaded file against its schema: its typed value with the file, or undefined (a file not loaded, or
 * one that does not validate). Every problem goes into `diagnostics`, in the order files are checked.
 */
export function checkYamlFiles(raw: RawProject, diagnostics: Diagnostic[]): Check {
  return (file, schema) => {
    const yaml = raw.yaml.get(file);
    if (!yaml) return undefined;
    const result = validateYaml(yaml, schema);
    diagnostics.push(...result.diagnostics);
    return result.value === undefined ? undefined : { value: result.value, file: yaml };
  };
}
