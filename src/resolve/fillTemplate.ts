import Handlebars from 'handlebars';
import { error, type Diagnostic, type SourceRef } from '../diagnostics/Diagnostic.ts';

/** One isolated instance: no helper or partial registered elsewhere leaks into card texts. */
const handlebars = Handlebars.create();
const builtInHelpers = new Set(Object.keys(handlebars.helpers));
/** Templates repeat on every card (the footer): parse and compile each once. */
const parsed = new Map<string, hbs.AST.Program>();
const compiled = new Map<string, HandlebarsTemplateDelegate>();

export type TemplateContext = Record<string, unknown>;

/**
 * Fills `{{…}}` in a text. Every variable must exist in `context` (an unknown one is a typo that would
 * otherwise print as an empty string on paper); `at` maps an index in the text to its place in the YAML.
 */
export function fillTemplate(
  template: string,
  context: TemplateContext,
  at: (index: number) => SourceRef,
): { value?: string; diagnostics: Diagnostic[] } {
  if (!template.includes('{{')) return { value: template, diagnostics: [] };
  let ast: hbs.AST.Program;
  try {
    ast = parsed.get(template) ?? handlebars.parse(template);
    parsed.set(template, ast);
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
    return { diagnostics: [error(at(template.indexOf('{{')), `template cannot be read: ${message}`, 'a variable is written {{deck.title}}')] };
  }
  const diagnostics: Diagnostic[] = [];
  for (const use of variablesOf(ast, template)) {
    if (lookup(context, use.name) === undefined) {
      diagnostics.push(error(at(use.index), `unknown template variable '{{${use.name}}}'`, `known variables: ${knownVariables(context).join(', ')}`));
    }
  }
  if (diagnostics.length) return { diagnostics };
  let render = compiled.get(template);
  if (!render) {
    render = handlebars.compile(template, { strict: true, noEscape: true });
    compiled.set(template, render);
  }
  return { value: render(context), diagnostics };
}

function variablesOf(ast: hbs.AST.Program, template: string): { name: string; index: number }[] {
  const found: { name: string; index: number }[] = [];
  const lineStarts = [0];
  for (let i = 0; i < template.length; i++) if (template[i] === '\n') lineStarts.push(i + 1);
  class Collector extends Handlebars.Visitor {
    override PathExpression(path: hbs.AST.PathExpression): void {
      const name = path.original;
      if (path.data || name === 'this' || name.startsWith('this.') || builtInHelpers.has(name)) return;
      const { line, column } = path.loc.start;
      found.push({ name, index: (lineStarts[line - 1] ?? 0) + column });
    }
  }
  new Collector().accept(ast);
  return found;
}

function lookup(context: unknown, dotted: string): unknown {
  let value = context;
  for (const part of dotted.split(/[./]/)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function knownVariables(context: unknown, prefix = ''): string[] {
  if (context === null || typeof context !== 'object') return [];
  return Object.entries(context).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? knownVariables(value, `${prefix}${key}.`) : value === undefined ? [] : [`${prefix}${key}`]);
}
