/** Files the worker holds at once: the one it draws and the next, so that it never waits for the main thread to hand one over. */
const WORKER_IN_FLIGHT = 2;

/** Lets the event loop run (the worker's messages arrive there): pdfkit ends a document within the same turn. */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Draws every file of `order` once, from one queue shared by the main thread (`drawHere`) and the worker
 * (`drawThere`, from when it is `ready`): each takes the next file as it finishes one, so a thread that
 * drew a poster takes more of the small files. Rejects with the first failure, after which no file is
 * started; a worker that never gets ready is waited for only while there are files it could take.
 */
export function drawShared(order: readonly number[], drawHere: (index: number) => Promise<void>,
  worker: { ready: Promise<void>; draw: (index: number) => Promise<void> }): Promise<void> {
  const queue = [...order];
  return new Promise<void>((resolve, reject) => {
    let failed = false;
    let hereDone = false;
    let workerDrawing = 0;
    const fail = (error: unknown) => {
      failed = true;
      reject(error);
    };
    const settleIfDone = () => {
      if (!failed && hereDone && !workerDrawing && !queue.length) resolve();
    };
    const feedWorker = () => {
      while (!failed && workerDrawing < WORKER_IN_FLIGHT && queue.length) {
        const index = queue.shift()!;
        workerDrawing++;
        worker.draw(index).then(() => {
          workerDrawing--;
          feedWorker();
          settleIfDone();
        }, fail);
      }
    };
    worker.ready.then(feedWorker, (error: unknown) => {
      if (queue.length || workerDrawing) fail(new Error(`the render worker could not start: ${error instanceof Error ? error.message : String(error)}`));
    });
    const drawAllHere = async () => {
      while (!failed && queue.length) {
        await drawHere(queue.shift()!);
        await yieldToEvents();
      }
      hereDone = true;
      settleIfDone();
    };
    drawAllHere().catch(fail);
  });
}
