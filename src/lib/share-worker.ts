/** A worker thread that draws share images, so that the build's own thread goes on rendering pages. */
import { parentPort, workerData } from 'node:worker_threads';
import { cardRenderer, type RenderSetup } from './share-render.ts';
import type { ShareCard } from './share-card.ts';

const render = cardRenderer(workerData as RenderSetup);

parentPort!.on('message', async ({ id, card }: { id: number; card: ShareCard }) => {
  try {
    parentPort!.postMessage({ id, png: await render(card) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
