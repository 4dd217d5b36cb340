/// <reference types="handlebars" />
// Handlebars' parser alone (its compiler/base module: the grammar and whitespace control), without the
// compiler that turns templates into JavaScript and the source-map library it brings.
declare module 'handlebars/dist/cjs/handlebars/compiler/base.js' {
  export function parse(input: string, options?: unknown): hbs.AST.Program;
}
