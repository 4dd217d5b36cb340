import { describe, expect, it } from 'vitest';
import { warmRasteriser } from '../../../src/output/rasterisePdf.ts';

describe('rasterising with pdf.js', () => {
  it("leaves Node's own JSON and Array.prototype.push in place (pdf.js's core-js would swap in slower ones)", async () => {
    const own = { stringify: JSON.stringify, parse: JSON.parse, push: Array.prototype.push };
    // loads pdf.mjs and, with its first document, pdf.worker.mjs: each brings core-js
    await warmRasteriser();
    expect(JSON.stringify).toBe(own.stringify);
    expect(JSON.parse).toBe(own.parse);
    expect(Array.prototype.push).toBe(own.push);
    expect(Function.prototype.toString.call(JSON.stringify)).toContain('[native code]');
  }, 30_000);
});
