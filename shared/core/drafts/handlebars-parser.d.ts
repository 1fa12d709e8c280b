/**
 * Handlebars' parser alone (no compiler, so no `new Function` in what the extension bundles). The AST types
 * come from the handlebars package's own declarations (the global `hbs` namespace).
 */
declare module 'handlebars/dist/cjs/handlebars/compiler/base.js' {
  export function parse(input: string, options?: object): hbs.AST.Program;
}
