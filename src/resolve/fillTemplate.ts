import { parse as parseTemplate } from 'handlebars/dist/cjs/handlebars/compiler/base.js';
import { error, type Diagnostic, type SourceRef } from '../diagnostics/Diagnostic.ts';
import { quote } from '../diagnostics/quote.ts';
import { BoundedCache } from '../input/BoundedCache.ts';

// Handlebars is used only to parse (its parser alone, without the compiler): texts are filled here,
// never by compiled Handlebars code.
/** Templates repeat on every card (the footer): parse each once, keyed by the template text itself. */
const parsed = new BoundedCache<hbs.AST.Program>('parsed templates', 10_000);

export type TemplateContext = Record<string, unknown>;

const HINT_PLAIN = 'a text may only use plain variables, like {{deck.title}}; write other braces as text without {{';

/**
 * Fills `{{…}}` in a text. Only plain variables are allowed (`{{deck.title}}`, `{{card.number}}`): each
 * must name a value in `context` (an unknown one is a typo that would otherwise print as an empty string
 * on paper). Helpers, blocks, partials, `this`, `@data` and lookups of built-in properties
 * (`{{deck.constructor}}`) are errors at their place; `at` maps an index in the text to its place in the YAML.
 */
export function fillTemplate(
  template: string,
  context: TemplateContext,
  at: (index: number) => SourceRef,
): { value?: string; diagnostics: Diagnostic[] } {
  if (!template.includes('{{')) return { value: template, diagnostics: [] };
  let ast = parsed.get(template);
  if (!ast) {
    try {
      ast = parseTemplate(template);
    } catch (e) {
      const message = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
      return { diagnostics: [error(at(template.indexOf('{{')), `template cannot be read: ${quote(message)}`, 'a variable is written {{deck.title}}')] };
    }
    parsed.set(template, ast);
  }
  const lineStarts = [0];
  for (let i = 0; i < template.length; i++) if (template[i] === '\n') lineStarts.push(i + 1);
  const indexOf = (loc: hbs.AST.SourceLocation | undefined, end = false): number => {
    const p = end ? loc?.end : loc?.start;
    return p ? (lineStarts[p.line - 1] ?? 0) + p.column : template.indexOf('{{');
  };
  const diagnostics: Diagnostic[] = [];
  const out: string[] = [];
  for (const statement of ast.body) {
    if (statement.type === 'ContentStatement') {
      out.push((statement as hbs.AST.ContentStatement).value);
      continue;
    }
    if (statement.type === 'CommentStatement') continue;
    const start = indexOf(statement.loc);
    const source = template.slice(start, indexOf(statement.loc, true));
    const mustache = statement as hbs.AST.MustacheStatement;
    const path = mustache.path as hbs.AST.PathExpression | undefined;
    const plain = statement.type === 'MustacheStatement' && path?.type === 'PathExpression' && !path.data
      && mustache.params.length === 0 && !mustache.hash && path.parts.length > 0 && path.original === path.parts.join('.')
      && !/^this\b/.test(path.original);
    if (!plain) {
      diagnostics.push(error(at(start), `only a plain variable can be used here, not '${quote(source)}'`, HINT_PLAIN));
      continue;
    }
    const value = lookup(context, path.parts);
    if (value === undefined) {
      diagnostics.push(error(at(indexOf(path.loc)), `unknown template variable '{{${quote(path.original)}}}'`, `known variables: ${knownVariables(context).join(', ')}`));
      continue;
    }
    out.push(String(value));
  }
  if (diagnostics.length) return { diagnostics };
  return { value: out.join(''), diagnostics };
}

/** A value the context holds itself (own properties only), and only text or a number. */
function lookup(context: unknown, parts: readonly string[]): string | number | undefined {
  let value = context;
  for (const part of parts) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return typeof value === 'string' || typeof value === 'number' ? value : undefined;
}

function knownVariables(context: unknown, prefix = ''): string[] {
  if (context === null || typeof context !== 'object') return [];
  return Object.entries(context).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? knownVariables(value, `${prefix}${key}.`) : value === undefined ? [] : [`${prefix}${key}`]);
}
