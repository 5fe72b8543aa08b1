import { parentPort, workerData } from 'node:worker_threads';
import { openBatchWriter, type BatchResult } from './intake-batch';
import type { PreparedIntake } from './intakes';

// The intake writer's thread: it waits for the disk (synchronous=FULL) so the server's event loop
// does not. Each message is one batch; the answer comes only after its commit.

export type WorkerReply =
  { results: BatchResult[] } | { failed: { message: string; code?: string } };

const { file } = workerData as { file: string };
const writer = openBatchWriter(file);
parentPort?.on('message', (batch: PreparedIntake[]) => {
  let reply: WorkerReply;
  try {
    reply = { results: writer.storeBatch(batch) };
  } catch (error) {
    // The commit itself failed: nothing of this batch is stored.
    const { message, code } = error as { message: string; code?: string };
    reply = { failed: { message, ...(code !== undefined && { code }) } };
  }
  parentPort?.postMessage(reply);
});
parentPort?.on('close', () => writer.close());
