import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  prepareIntake,
  storeIntake,
  type NewIntake,
  type PreparedIntake,
  type StoreOutcome,
} from './intakes';
import type { VaultedDb } from '../crypto/vault';
import type { WorkerReply } from './intake-writer-worker';
import type { Channel } from '../notify/outbox';

// How intakes reach the disk. On SQLite, concurrent intakes share one transaction (group commit):
// with synchronous=FULL every commit waits for the disk, so one commit for all the intakes that
// arrived meanwhile turns ~1,500 commits a second into many thousands of intakes. The commits run
// on a worker thread with its own connection, so the event loop keeps taking requests while the
// disk syncs. No intake is acknowledged before the commit that holds it; each has its own
// savepoint, so one that fails (a reference already taken) leaves the others in. On PostgreSQL
// each intake is its own transaction on the pool, and the server groups the commits itself.

export interface IntakeWriter {
  store: (intake: NewIntake) => Promise<StoreOutcome>;
  /** Writes whatever is queued, then stops; the server calls it before closing the database. */
  close: () => Promise<void>;
}

/** The most intakes in one transaction. */
const MAX_BATCH = 256;

/**
 * `channels`: the notifications configured, written with each new intake (notify/outbox.ts).
 * Each intake is sealed (crypto/vault.ts) here, on the caller's thread, before it is queued.
 */
export function createIntakeWriter(
  db: VaultedDb,
  options: { startNow?: boolean; channels?: readonly Channel[] } = {},
): IntakeWriter {
  const channels = options.channels ?? [];
  const prepare = (intake: NewIntake) => prepareIntake(intake, db.vault, channels);
  if (db.kind === 'sqlite' && db.file !== undefined && db.file !== ':memory:') {
    const writer = groupCommitWriter(db.file, options.startNow ?? false);
    return { store: async (intake) => writer.store(prepare(intake)), close: writer.close };
  }
  return {
    store: async (intake) => storeIntake(db.db, prepare(intake)),
    close: () => Promise.resolve(),
  };
}

interface Pending {
  intake: PreparedIntake;
  resolve: (outcome: StoreOutcome) => void;
  reject: (error: unknown) => void;
}

const toError = (failure: { message: string; code?: string }) =>
  Object.assign(
    new Error(failure.message),
    failure.code === undefined ? {} : { code: failure.code },
  );

function startWorker(file: string): Worker {
  const options = { workerData: { file } };
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./intake-writer-worker.js', import.meta.url), options);
  // From the sources (tests), the worker is TypeScript: tsx compiles it.
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const worker = new URL('./intake-writer-worker.ts', import.meta.url).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); })`,
    { ...options, eval: true },
  );
}

function groupCommitWriter(file: string, startNow: boolean) {
  let worker: Worker | undefined;
  let queue: Pending[] = [];
  let inFlight: Pending[] = [];
  let drained: (() => void) | undefined;

  const settle = (reply: WorkerReply) => {
    const batch = inFlight;
    inFlight = [];
    if ('failed' in reply) for (const item of batch) item.reject(toError(reply.failed));
    else
      batch.forEach((item, i) => {
        const result = reply.results[i];
        if (result?.ok) item.resolve(result.outcome);
        else item.reject(toError(result?.error ?? { message: 'The intake was not stored.' }));
      });
    send();
  };

  const lost = (error: unknown) => {
    // The thread died: whatever it held is not acknowledged; the next intake starts a new one.
    worker = undefined;
    for (const item of inFlight) item.reject(error);
    inFlight = [];
    send();
  };

  function spawnWorker(): Worker {
    const started = startWorker(file);
    started.on('message', settle);
    started.on('error', lost);
    started.on('exit', (code) => {
      if (inFlight.length > 0) lost(new Error(`The intake writer stopped (exit ${code}).`));
      if (worker === started) worker = undefined;
    });
    started.unref();
    return started;
  }

  // The server starts the thread at once, so the first patient after a restart does not wait
  // for it; tests that never send an intake do not pay for one.
  if (startNow) worker = spawnWorker();

  function send() {
    if (inFlight.length > 0) return;
    if (queue.length === 0) {
      drained?.();
      return;
    }
    worker ??= spawnWorker();
    inFlight = queue.slice(0, MAX_BATCH);
    queue = queue.slice(inFlight.length);
    worker.postMessage(inFlight.map((item) => item.intake));
  }

  return {
    store: (intake: PreparedIntake) =>
      new Promise<StoreOutcome>((resolve, reject) => {
        queue.push({ intake, resolve, reject });
        send();
      }),
    close: async () => {
      if (inFlight.length > 0 || queue.length > 0)
        await new Promise<void>((resolve) => (drained = resolve));
      const stopping = worker;
      worker = undefined;
      await stopping?.terminate();
    },
  };
}
