import { layoutSheetNote } from '../layout/layoutSheetNote.ts';
import { layoutTileOverview } from '../layout/layoutTileOverview.ts';
import { cachedResult, fontsKey } from './cachedResult.ts';

// The texts the plan sets (the line on the office sheets, a tiled poster's overview page) are the first
// shaping a check does when every deck comes from the cache: ~0.2 s each of fontkit's cold start.

/** `layoutSheetNote` by its arguments (fonts by content). */
export function cachedLayoutSheetNote(...args: Parameters<typeof layoutSheetNote>): ReturnType<typeof layoutSheetNote> {
  const [lang, fonts, ...rest] = args;
  return cachedResult(['layoutSheetNote', lang, fontsKey(fonts), rest], () => layoutSheetNote(...args));
}

/** `layoutTileOverview` by its arguments (fonts by content). */
export function cachedLayoutTileOverview(...args: Parameters<typeof layoutTileOverview>): ReturnType<typeof layoutTileOverview> {
  const [plan, poster, fonts, ...rest] = args;
  return cachedResult(['layoutTileOverview', plan, poster, fontsKey(fonts), rest], () => layoutTileOverview(...args));
}
