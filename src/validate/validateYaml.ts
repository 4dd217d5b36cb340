import type { z } from 'zod';
import { error, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import { locate, withoutPrototypes, type YamlFile, type YamlPath } from '../load/readYamlFile.ts';
import { closest } from './closest.ts';

/** Checks a parsed file against its schema; every problem becomes a positioned diagnostic. */
export function validateYaml<S extends z.ZodType>(
  file: YamlFile,
  schema: S,
): { value?: z.infer<S>; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(file.data);
  // the schema builds new objects: strip their prototype again, so that a user's key is looked up safely
  if (result.success) return { value: withoutPrototypes(result.data), diagnostics: [] };
  const issues = result.error.issues;
  // a misspelt key gives two issues, an unknown key and a missing field: keep the one that explains both
  const typos = new Set(issues.flatMap((issue) => issue.code === 'unrecognized_keys'
    ? issue.keys.map((key) => `${issue.path.join('.')}.${closest(key, Object.keys(shapeAt(schema, issue.path.filter((p): p is string | number => typeof p !== 'symbol')) ?? {})) ?? ''}`)
    : []));
  const kept = issues.filter((issue) => !(issue.code === 'invalid_type' && issue.path.length > 0
    && typos.has(`${issue.path.slice(0, -1).join('.')}.${String(issue.path[issue.path.length - 1])}`)
    && valueAt(file.data, issue.path.filter((p): p is string | number => typeof p !== 'symbol')) === undefined));
  return { diagnostics: kept.flatMap((issue) => issueToDiagnostics(file, schema, issue)) };
}

function issueToDiagnostics(file: YamlFile, schema: z.ZodType, issue: z.core.$ZodIssue): Diagnostic[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const where = path.length ? `${describePath(path)}: ` : '';
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = Object.keys(shapeAt(schema, path) ?? {});
      return issue.keys.map((key) => {
        const suggestion = closest(key, known);
        const hint = suggestion
          ? `did you mean '${suggestion}'?`
          : known.length ? `known keys here: ${known.join(', ')}` : undefined;
        return error(locate(file, [...path, key], 'key'), `unknown key '${key}'${path.length ? ` in ${describePath(path)}` : ''}`, hint);
      });
    }
    case 'invalid_type': {
      const value = valueAt(file.data, path);
      if (value === undefined) {
        const field = path[path.length - 1];
        const parent = path.slice(0, -1);
        const wanted = descriptionAt(schema, path) ?? article(issue.expected);
        const under = parent.length ? ` under ${describePath(parent)}` : '';
        return [error(locate(file, parent), `missing field '${String(field)}'${parent.length ? ` in ${describePath(parent)}` : ''}`,
          `add '${String(field)}: …'${under}, with ${wanted}`)];
      }
      return [error(locate(file, path), `${where}expected ${article(issue.expected)}, found ${describeValue(value)}`, descriptionAt(schema, path))];
    }
    case 'custom': {
      // a rule of the schema's own (a refine): its message reads after the path, its hint comes with it
      const hint = (issue.params as { hint?: string } | undefined)?.hint?.replace('{path}', describePath(path));
      return [error(locate(file, path), `${path.length ? `${describePath(path)} ` : ''}${issue.message}`, hint ?? descriptionAt(schema, path))];
    }
    default:
      return [error(locate(file, path), `${where}${issue.message}`, descriptionAt(schema, path))];
  }
}

function describePath(path: YamlPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function article(expected: string): string {
  const names: Record<string, string> = { string: 'text', number: 'a number', object: 'a mapping (key: value lines)', array: 'a list', boolean: 'true or false', tuple: 'a list' };
  return names[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text '${value.length > 30 ? `${value.slice(0, 30)}…` : value}'`;
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

function valueAt(data: unknown, path: YamlPath): unknown {
  let node = data;
  for (const p of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[p];
  }
  return node;
}

/** The object shape the schema expects at `path`, to suggest the right key for an unknown one. */
function shapeAt(schema: z.ZodType, path: YamlPath): Record<string, unknown> | undefined {
  const def = unwrap(defOf(schemaAt(schema, path)));
  return def?.type === 'object' ? def.shape : undefined;
}

/** The description written on the schema at `path` (with `.describe()`), used as a hint. */
function descriptionAt(schema: z.ZodType, path: YamlPath): string | undefined {
  let node: unknown = schemaAt(schema, path);
  while (node) {
    const description = (node as { description?: string }).description;
    if (description) return description;
    const def = defOf(node);
    node = def && (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') ? def.innerType : undefined;
  }
  return undefined;
}

function schemaAt(schema: z.ZodType, path: YamlPath): unknown {
  let node: unknown = schema;
  for (const segment of path) {
    const def = unwrap(defOf(node));
    if (def?.type === 'object') node = def.shape?.[segment];
    else if (def?.type === 'array') node = def.element;
    else if (def?.type === 'record') node = def.valueType;
    else if (def?.type === 'tuple' && typeof segment === 'number') node = def.items?.[segment];
    else return undefined;
  }
  return node;
}

interface LooseDef {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  valueType?: unknown;
  innerType?: unknown;
  items?: unknown[];
  options?: unknown[];
}

function defOf(schema: unknown): LooseDef | undefined {
  return (schema as { _zod?: { def?: LooseDef } } | undefined)?._zod?.def;
}

function unwrap(def: LooseDef | undefined): LooseDef | undefined {
  for (;;) {
    if (def && (def.type === 'optional' || def.type === 'default' || def.type === 'nullable')) def = defOf(def.innerType);
    // a union of a short form and a mapping: the mapping is what has keys
    else if (def?.type === 'union') def = def.options?.map(defOf).find((d) => unwrap(d)?.type === 'object') ?? def.options?.map(defOf)[0];
    else return def;
  }
}
