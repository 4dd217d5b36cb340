/** Where bin/runBundle.cjs lends the bundle its own import(). */
export const LENT_IMPORT = Symbol.for('kaartwerk.import');

/**
 * import() of an ES module package (lcms-wasm, pdf.js), which CommonJS cannot require() on Node 20.
 * The compiled bundle runs from V8's code cache, and there a function read from the cache has lost its
 * import() ("A dynamic import callback was not specified", Node 20): bin/runBundle.cjs lends its own,
 * which resolves the package from the same node_modules. The sources (tsx, the tests) import directly.
 */
export function importEsm<T>(specifier: string): Promise<T> {
  const lent = (globalThis as Record<symbol, unknown>)[LENT_IMPORT] as ((specifier: string) => Promise<unknown>) | undefined;
  return (lent ? lent(specifier) : import(specifier)) as Promise<T>;
}
