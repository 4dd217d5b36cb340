import { fileURLToPath } from 'node:url';
import { BoundedCache } from '../input/BoundedCache.ts';
import { colourEngine } from './colourEngine.ts';
import { readProcessInput } from '../input/processInputs.ts';

/**
 * The one press profile (colour/FOGRA39.icc, see colour/README.md) and the LittleCMS engine that
 * converts through it (started by colourEngine.ts); each transform is created the first time it is
 * asked for and kept, so a build converts its few colours for the price of a lookup.
 */
export const PRESS_PROFILE_FILE = fileURLToPath(new URL('../../colour/FOGRA39.icc', import.meta.url));
/**
 * The profile as read (through the input layer), with its content hash: fixed while kaartwerk runs. Every
 * cache of a colour judged through it keys by `PROFILE_KEY`, and every output's content hash covers it
 * (a print file embeds it as its output intent).
 */
export const PRESS_PROFILE = readProcessInput(PRESS_PROFILE_FILE);
export const pressProfileBytes: Uint8Array = PRESS_PROFILE.bytes;
/** The start of the profile's hash: enough to tell profiles apart in a cache key. */
export const PROFILE_KEY = PRESS_PROFILE.hash.slice(0, 16);

/** The output condition the profile characterises, as a PDF/X output intent names it. */
export const PRESS_CONDITION = {
  identifier: 'FOGRA39',
  info: 'Coated FOGRA39 (ISO 12647-2:2004/Amd 1, paper type 1 or 2, 115 g/m2)',
  registry: 'http://www.color.org',
  profileName: 'FOGRA39 (kaartwerk, ArgyllCMS colprof from FOGRA39L.ti3)',
};

// LittleCMS pixel formats: float channels (4 bytes), and 8-bit ones for images
const FLT = (space: number, channels: number) => (1 << 22) | (space << 16) | (channels << 3) | 4;
const U8 = (space: number, channels: number) => (space << 16) | (channels << 3) | 1;
const PT_RGB = 4, PT_CMYK = 6, PT_LAB = 10;
const RELATIVE = 1, ABSOLUTE = 3;
const BLACK_POINT_COMPENSATION = 0x2000;

type Profiles = { press: number; srgb: number; lab: number };
const recipes = {
  /** How the press prints a CMYK colour, relative to the paper (paper white is L* 100). */
  cmykToLab: (p: Profiles) => [p.press, FLT(PT_CMYK, 4), p.lab, FLT(PT_LAB, 3), RELATIVE, 0],
  /** The same, as measured on the paper (as the characterisation data is). */
  cmykToLabAbsolute: (p: Profiles) => [p.press, FLT(PT_CMYK, 4), p.lab, FLT(PT_LAB, 3), ABSOLUTE, 0],
  /** A soft proof: the print on screen, paper as screen white, the press's black as the grey it prints. */
  cmykToSrgb: (p: Profiles) => [p.press, FLT(PT_CMYK, 4), p.srgb, FLT(PT_RGB, 3), RELATIVE, 0],
  /** Screen colours to ink: relative colorimetric with black-point compensation. */
  srgbToCmyk: (p: Profiles) => [p.srgb, FLT(PT_RGB, 3), p.press, FLT(PT_CMYK, 4), RELATIVE, BLACK_POINT_COMPENSATION],
  srgbToLab: (p: Profiles) => [p.srgb, FLT(PT_RGB, 3), p.lab, FLT(PT_LAB, 3), RELATIVE, 0],
  srgb8ToCmyk8: (p: Profiles) => [p.srgb, U8(PT_RGB, 3), p.press, U8(PT_CMYK, 4), RELATIVE, BLACK_POINT_COMPENSATION],
} as const satisfies Record<string, (p: Profiles) => [number, number, number, number, number, number]>;
export type TransformName = keyof typeof recipes;

let profiles: Profiles | undefined;
/** The press profile, sRGB and Lab, opened in the engine at the first conversion. */
function openProfiles(): Profiles {
  if (profiles) return profiles;
  const lcms = colourEngine();
  const press = lcms.cmsOpenProfileFromMem(pressProfileBytes, pressProfileBytes.byteLength);
  if (!press) throw new Error(`cannot open the press profile ${PRESS_PROFILE_FILE}`);
  profiles = { press, srgb: lcms.cmsCreate_sRGBProfile(), lab: lcms.cmsCreateLab4Profile(null) };
  return profiles;
}

/** LittleCMS transform handles, by profile and recipe: never more than the recipes (a handle is never freed). */
const transforms = new BoundedCache<number>('colour transforms', Object.keys(recipes).length);

/**
 * Single colours converted, by transform and input channels, per profile (by its content hash): kept
 * between runs with the layout cache (cache/storedMeasures.ts), so that a run whose colours are all known
 * opens no profile and creates no transform (~15 ms of a check after an edit). The values are the
 * engine's own (float32), given back exactly.
 */
const conversions = new BoundedCache<Map<string, number[]>>('colour conversions', 4);
/** A profile's map starts again empty beyond this many colours (a long watch session, the studio). */
const MAX_CONVERSIONS = 10_000;
const conversionsOf = () => conversions.getOrMake(PROFILE_KEY, () => new Map());
/** The transforms of one colour in float channels, and how many channels each gives. */
const SINGLE: Partial<Record<TransformName, number>> = { cmykToLab: 3, cmykToLabAbsolute: 3, cmykToSrgb: 3, srgbToCmyk: 4, srgbToLab: 3 };

/** Every single colour converted in this process or read from an earlier run: `transform:channels` → result. */
export function knownConversions(): ReadonlyMap<string, number[]> {
  return conversionsOf();
}

/** Conversions made by an earlier run with the same profile (and code): not computed again. Malformed ones are left out. */
export function addKnownConversions(entries: readonly (readonly [string, unknown])[]): void {
  const known = conversionsOf();
  for (const [key, value] of entries) {
    if (known.size >= MAX_CONVERSIONS) return;
    const width = typeof key === 'string' ? SINGLE[key.slice(0, key.indexOf(':')) as TransformName] : undefined;
    if (width && Array.isArray(value) && value.length === width && value.every((v) => typeof v === 'number' && Number.isFinite(v))) known.set(key, value);
  }
}

/** Runs `pixels` colours (channels one after the other) through a transform, creating it once. */
export function transform(name: TransformName, input: ArrayLike<number>, pixels = 1): Float32Array | Uint8Array {
  if (pixels !== 1 || !SINGLE[name]) return run(name, input, pixels);
  const known = conversionsOf();
  const key = `${name}:${Array.from(input).join(',')}`;
  const stored = known.get(key);
  if (stored) return Float32Array.from(stored);
  const result = run(name, input, 1);
  if (known.size < MAX_CONVERSIONS) known.set(key, Array.from(result));
  return result;
}

function run(name: TransformName, input: ArrayLike<number>, pixels: number): Float32Array | Uint8Array {
  const handle = transforms.getOrMake(`${PROFILE_KEY}:${name}`, () => {
    const [from, fromFormat, to, toFormat, intent, flags] = recipes[name](openProfiles());
    const created = colourEngine().cmsCreateTransform(from, fromFormat, to, toFormat, intent, flags);
    if (!created) throw new Error(`LittleCMS could not create the ${name} transform`);
    return created;
  });
  return colourEngine().cmsDoTransform(handle, input, pixels);
}
