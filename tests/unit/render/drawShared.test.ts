import { describe, expect, it } from 'vitest';
import { drawShared } from '../../../src/render/drawShared.ts';

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('drawShared', () => {
  it('draws every file once, the worker holding at most two while the main thread goes on', async () => {
    const here: number[] = [];
    const there: number[] = [];
    let held = 0;
    let mostHeld = 0;
    await drawShared([5, 4, 3, 2, 1, 0], async (i) => {
      here.push(i);
      await pause(1);
    }, {
      ready: Promise.resolve(),
      draw: async (i) => {
        there.push(i);
        mostHeld = Math.max(mostHeld, ++held);
        await pause(30);
        held--;
      },
    });
    expect([...here, ...there].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    // the main thread takes the first file; the worker, ready, the next two; the main thread the rest meanwhile
    expect(here[0]).toBe(5);
    expect(there).toEqual([4, 3]);
    expect(mostHeld).toBe(2);
  });

  it('hands the worker more files while the main thread draws, even when each of its files ends within one turn', async () => {
    const there: number[] = [];
    const order = Array.from({ length: 20 }, (_, i) => i);
    // pdfkit ends a document without going back to the event loop, where the worker's answers wait
    await drawShared(order, async () => undefined, {
      ready: Promise.resolve(),
      draw: (i) => new Promise<void>((resolve) => setImmediate(() => resolve(void there.push(i)))),
    });
    expect(there.length).toBeGreaterThan(2);
  });

  it('draws everything on the main thread while the worker is not ready, and does not wait for it', async () => {
    const here: number[] = [];
    await drawShared([0, 1, 2], async (i) => void here.push(i), { ready: new Promise(() => undefined), draw: async () => undefined });
    expect(here).toEqual([0, 1, 2]);
  });

  it('rejects with the first failure and starts no file after it', async () => {
    const started: number[] = [];
    const run = drawShared([0, 1, 2, 3], async (i) => {
      started.push(i);
      if (i === 1) throw new Error('could not draw b.pdf: broken');
    }, { ready: new Promise(() => undefined), draw: async () => undefined });
    await expect(run).rejects.toThrow('could not draw b.pdf: broken');
    expect(started).toEqual([0, 1]);
  });

  it('rejects when the worker cannot start while files are left for it', async () => {
    const run = drawShared([0, 1, 2], () => pause(20), { ready: Promise.reject(new Error('no such file')), draw: async () => undefined });
    await expect(run).rejects.toThrow('the render worker could not start: no such file');
  });
});
