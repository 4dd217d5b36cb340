import { describe, expect, it } from 'vitest';
import { renderThreads } from '../../../src/render/renderThreads.ts';

describe('renderThreads', () => {
  it('draws with a worker on a machine with a core to spare', () => {
    expect(renderThreads({}, 2, 0.4)).toBe(2);
    expect(renderThreads({}, 2, 1)).toBe(2);
    expect(renderThreads({}, 8, 6.5)).toBe(2);
  });

  it('draws on the main thread alone when the cores are busy, or there is one', () => {
    expect(renderThreads({}, 2, 1.3)).toBe(1);
    expect(renderThreads({}, 8, 7.2)).toBe(1);
    expect(renderThreads({}, 1, 0)).toBe(1);
  });

  it('does as KAARTWERK_RENDER_THREADS says, whatever the load', () => {
    expect(renderThreads({ KAARTWERK_RENDER_THREADS: '1' }, 8, 0)).toBe(1);
    expect(renderThreads({ KAARTWERK_RENDER_THREADS: '2' }, 2, 7)).toBe(2);
  });
});
