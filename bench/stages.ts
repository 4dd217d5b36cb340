// Time per stage of a full default build (steady state), to see where the pipeline spends.
import { checkProject, imposeProject } from '../src/pipeline.ts';
import { renderPdf } from '../src/render/renderPdf.ts';
import { loadProject } from '../src/load/loadProject.ts';
import { validateProject } from '../src/validate/validateProject.ts';
const o = { root: process.cwd(), paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 } };
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  const loaded = loadProject(o.root);
  const tl = performance.now() - t; t = performance.now();
  validateProject(loaded.raw, o);
  const tv = performance.now() - t; t = performance.now();
  const checked = checkProject(o);
  const tc = performance.now() - t; t = performance.now();
  const imposed = imposeProject(checked);
  const ti = performance.now() - t; t = performance.now();
  for (const f of imposed) await renderPdf(f.document, checked.project!.fonts);
  const tr = performance.now() - t;
  console.log(`load ${tl.toFixed(0)}  validate ${tv.toFixed(0)}  check(all up to the plan) ${tc.toFixed(0)}  impose ${ti.toFixed(0)}  render ${tr.toFixed(0)} ms`);
}
