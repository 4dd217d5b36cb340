import { describe, expect, it } from 'vitest';
import { renderThreads } from '../../../src/render/renderThreads.ts';

describe('renderThreads', () => {
  it('draws on the main thread alone unless KAARTWERK_RENDER_THREADS=2 asks for a worker', () => {
    expect(renderThreads({})).toBe(1);
    expect(renderThreads({ KAARTWERK_RENDER_THREADS: '1' })).toBe(1);
    expect(renderThreads({ KAARTWERK_RENDER_THREADS: '2' })).toBe(2);
    expect(renderThreads({ KAARTWERK_RENDER_THREADS: 'many' })).toBe(1);
  });
});
