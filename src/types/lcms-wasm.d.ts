declare module 'lcms-wasm' {
  /** The few LittleCMS calls kaartwerk uses (lcms-wasm exposes them with these JavaScript signatures). */
  export interface Lcms {
    cmsOpenProfileFromMem(bytes: Uint8Array, size: number): number;
    cmsCreate_sRGBProfile(): number;
    cmsCreateLab4Profile(whitePoint: null): number;
    cmsCreateTransform(input: number, inputFormat: number, output: number, outputFormat: number, intent: number, flags: number): number;
    cmsDoTransform(transform: number, input: ArrayLike<number>, pixels: number): Float32Array | Uint8Array;
  }
  export function instantiate(options?: Record<string, unknown>): Promise<Lcms>;
}
