/** A process colour as four percentages, cyan, magenta, yellow, black, each 0–100. */
export type Cmyk = [c: number, m: number, y: number, k: number];

/** A colour as an edition writes it: CMYK percentages, or hex (`#1b6aa5`), converted to CMYK while validating. */
export type ColourInput = Cmyk | string;
