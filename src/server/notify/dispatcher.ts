import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { isSqlite, type Database, type OutboxTable } from '../db/database';
import type { Channel, IntakeEventData, NotifyEvent } from './outbox';

// Sends what the outbox holds. A dispatcher claims due messages by setting a lease on them
// (PostgreSQL: `FOR UPDATE SKIP LOCKED` in a short transaction; SQLite: one conditional UPDATE,
// SQLite having one writer at a time), sends them outside any transaction, then marks each
// delivered or schedules its next attempt: exponential backoff with jitter, capped, until 24 hours
// after the message was written, then failed (administrators see those). Several instances on one
// database never hold the same message at once; a message whose instance died mid-send is
// claimed again once its lease has passed. It wakes when nudged (a new intake has committed) and
// polls besides, so a restart resumes whatever a crash left.

/** One message as a sender gets it. */
export interface OutboxMessage {
  /** The outbox row's id: the webhook-id, the same on every attempt. */
  id: string;
  channel: Channel;
  event: NotifyEvent;
  /** When the event happened (the row was written). */
  createdAt: string;
  data: IntakeEventData;
  /** This attempt's number, from 1. */
  attempt: number;
}

/** A failure whose message is fit for the administrators' list as it is. */
export class DeliveryError extends Error {}

export interface Sender {
  /** Resolves once the message is delivered; throws otherwise. Stops when `signal` aborts. */
  send: (message: OutboxMessage, signal: AbortSignal) => Promise<void>;
}

export interface RetrySchedule {
  /** The wait after the first failed attempt; it doubles with each one after. */
  firstMs: number;
  /** The longest wait between two attempts. */
  maxMs: number;
  /** How long after it was written a message is still tried. */
  giveUpAfterMs: number;
}

export const defaultRetry: RetrySchedule = {
  firstMs: 5_000,
  maxMs: 30 * 60 * 1000,
  giveUpAfterMs: 24 * 60 * 60 * 1000,
};

export interface DispatcherOptions {
  db: Kysely<Database>;
  senders: Partial<Record<Channel, Sender>>;
  retry?: Partial<RetrySchedule>;
  /** How often to look for due messages without a nudge. */
  pollMs?: number;
  /** How long a claim holds: longer than any send may take (webhooks time out after 10 s). */
  leaseMs?: number;
  /** The most messages claimed at once. */
  batchSize?: number;
  /** How long a nudge waits for more messages to claim with it. */
  gatherMs?: number;
  now?: () => Date;
  log?: {
    warn: (detail: object, message: string) => void;
    error: (detail: object, message: string) => void;
  };
}

export interface Dispatcher {
  /** Starts polling (and sends what is due at once). */
  start: () => void;
  /** Looks for due messages now: called after a transaction that wrote some has committed. */
  nudge: () => void;
  /** Claims and sends one batch; resolves with how many were claimed (tests drive it so). */
  runOnce: () => Promise<number>;
  /** Stops polling and waits for the sends in flight, which are cut short and left to retry. */
  stop: () => Promise<void>;
}

type OutboxRow = Selectable<OutboxTable>;

/** The wait before attempt `attempts + 1`: doubling, capped, with jitter (half to all of it). */
export function backoffMs(attempts: number, retry: RetrySchedule, random = Math.random): number {
  const full = Math.min(retry.maxMs, retry.firstMs * 2 ** Math.min(30, Math.max(0, attempts - 1)));
  return Math.round(full / 2 + (random() * full) / 2);
}

export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { db } = options;
  const retry = { ...defaultRetry, ...options.retry };
  const pollMs = options.pollMs ?? 2_000;
  const leaseMs = options.leaseMs ?? 60_000;
  const batchSize = options.batchSize ?? 100;
  const gatherMs = options.gatherMs ?? 50;
  const now = options.now ?? (() => new Date());
  const channels = (Object.keys(options.senders) as Channel[]).filter(
    (channel) => options.senders[channel] !== undefined,
  );
  const stopping = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let soon: NodeJS.Timeout | undefined;
  let cycle: Promise<void> | undefined;
  let again = false;
  let started = false;

  /** When the outbox was last swept for messages no one here can send (at most once a minute). */
  let sweptAt = Number.NEGATIVE_INFINITY;
  const sweepEveryMs = 60_000;

  /**
   * A message of a channel this instance does not send (its setting since removed) is given up on
   * once its 24 hours are over, as a failed send would be: administrators then see it.
   */
  async function giveUpUnsendable(at: Date): Promise<void> {
    const nowIso = at.toISOString();
    let abandoned = db
      .updateTable('outbox')
      .set({ failed_at: nowIso, last_error: 'This channel is no longer configured.' })
      .where('delivered_at', 'is', null)
      .where('failed_at', 'is', null)
      .where('created_at', '<=', new Date(at.getTime() - retry.giveUpAfterMs).toISOString())
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', nowIso)]));
    if (channels.length > 0) abandoned = abandoned.where('channel', 'not in', channels);
    await abandoned.execute();
  }

  async function claim(): Promise<OutboxRow[]> {
    const at = now();
    const nowIso = at.toISOString();
    if (at.getTime() - sweptAt >= sweepEveryMs) {
      sweptAt = at.getTime();
      await giveUpUnsendable(at);
    }
    if (channels.length === 0) return [];
    const lease = {
      locked_until: new Date(at.getTime() + leaseMs).toISOString(),
      lock_token: randomUUID(),
    };
    const due = (q: Kysely<Database>) =>
      q
        .selectFrom('outbox')
        .select('id')
        .where('delivered_at', 'is', null)
        .where('failed_at', 'is', null)
        .where('next_attempt_at', '<=', nowIso)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', nowIso)]))
        .where('channel', 'in', channels)
        .orderBy('next_attempt_at')
        .limit(batchSize);
    if (isSqlite(db)) {
      // One statement: SQLite's single writer makes the check and the claim one step.
      return db
        .updateTable('outbox')
        .set((eb) => ({ ...lease, attempts: eb('attempts', '+', 1) }))
        .where('id', 'in', due(db))
        .returningAll()
        .execute();
    }
    // Rows another instance is claiming right now are skipped, not waited for.
    return db.transaction().execute(async (trx) => {
      const ids = (await due(trx).forUpdate().skipLocked().execute()).map((row) => row.id);
      if (ids.length === 0) return [];
      return trx
        .updateTable('outbox')
        .set((eb) => ({ ...lease, attempts: eb('attempts', '+', 1) }))
        .where('id', 'in', ids)
        .returningAll()
        .execute();
    });
  }

  /**
   * Marks the messages of one claim delivered, in one statement: under a flood of intakes, one
   * commit per message would take SQLite's write lock from the intakes themselves.
   */
  async function settleDelivered(rows: OutboxRow[]): Promise<void> {
    const token = rows[0]?.lock_token;
    if (token === undefined || token === null) return;
    await db
      .updateTable('outbox')
      .set({
        delivered_at: now().toISOString(),
        locked_until: null,
        lock_token: null,
        last_error: null,
      })
      .where(
        'id',
        'in',
        rows.map((row) => row.id),
      )
      .where('lock_token', '=', token)
      .execute();
  }

  /** Records one failed attempt, if the lease is still this dispatcher's. */
  async function settleFailed(row: OutboxRow, failure: string): Promise<void> {
    const at = now();
    const update = () => db.updateTable('outbox');
    const mine = (q: ReturnType<typeof update>) =>
      q.where('id', '=', row.id).where('lock_token', '=', row.lock_token);
    const lastError = failure.slice(0, 300);
    if (stopping.signal.aborted) {
      // Cut short by a shutdown: due again at once, for the next instance or the next start.
      await mine(update())
        .set({
          next_attempt_at: at.toISOString(),
          locked_until: null,
          lock_token: null,
          last_error: lastError,
        })
        .execute();
      return;
    }
    const giveUpAt = Date.parse(row.created_at) + retry.giveUpAfterMs;
    if (at.getTime() >= giveUpAt) {
      await mine(update())
        .set({
          failed_at: at.toISOString(),
          locked_until: null,
          lock_token: null,
          last_error: lastError,
        })
        .execute();
      options.log?.error(
        { outbox: row.id, channel: row.channel, attempts: row.attempts, error: lastError },
        'notification given up on after 24 hours',
      );
      return;
    }
    // The last attempt falls on the deadline itself.
    const next = Math.min(at.getTime() + backoffMs(row.attempts, retry), giveUpAt);
    await mine(update())
      .set({
        next_attempt_at: new Date(next).toISOString(),
        locked_until: null,
        lock_token: null,
        last_error: lastError,
      })
      .execute();
    options.log?.warn(
      { outbox: row.id, channel: row.channel, attempts: row.attempts, error: lastError },
      'notification not delivered; it will be retried',
    );
  }

  /** Sends one message; resolves with why it failed, or undefined once delivered. */
  async function deliver(row: OutboxRow): Promise<string | undefined> {
    const sender = options.senders[row.channel];
    try {
      if (!sender) throw new DeliveryError(`no ${row.channel} channel is configured`);
      await sender.send(
        {
          id: row.id,
          channel: row.channel,
          event: row.event,
          createdAt: row.created_at,
          data: JSON.parse(row.payload) as IntakeEventData,
          attempt: row.attempts,
        },
        stopping.signal,
      );
      return undefined;
    } catch (error) {
      return describeFailure(error);
    }
  }

  async function runOnce(): Promise<number> {
    const rows = await claim();
    const failures = await Promise.all(rows.map(deliver));
    await settleDelivered(rows.filter((_row, i) => failures[i] === undefined));
    for (const [i, row] of rows.entries()) {
      const failure = failures[i];
      if (failure !== undefined) await settleFailed(row, failure);
    }
    return rows.length;
  }

  function schedule() {
    if (!started || stopping.signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(wake, pollMs);
    timer.unref();
  }

  /**
   * Soon rather than at once: the intakes committed within the next few milliseconds join the
   * same claim, so a flood of them is a few claims (and commits), not one each.
   */
  function nudge() {
    if (stopping.signal.aborted || soon !== undefined) return;
    soon = setTimeout(() => {
      soon = undefined;
      wake();
    }, gatherMs);
    soon.unref();
  }

  function wake() {
    if (stopping.signal.aborted) return;
    if (cycle) {
      again = true;
      return;
    }
    clearTimeout(timer);
    cycle = (async () => {
      try {
        // A full batch means more may be due: keep going until a claim comes back short.
        while (!stopping.signal.aborted && (await runOnce()) === batchSize);
      } catch (error) {
        options.log?.error(
          { err: { name: (error as Error).name, message: (error as Error).message } },
          'the notification dispatcher failed; it will try again',
        );
      }
    })().finally(() => {
      cycle = undefined;
      if (again) {
        again = false;
        wake();
      } else schedule();
    });
  }

  return {
    start: () => {
      started = true;
      wake();
    },
    nudge,
    runOnce,
    stop: async () => {
      stopping.abort();
      clearTimeout(timer);
      clearTimeout(soon);
      await cycle;
    },
  };
}

function describeFailure(error: unknown): string {
  if (error instanceof DeliveryError) return error.message;
  const { name, code, responseCode, message } = error as {
    name?: string;
    code?: string;
    responseCode?: number;
    message?: string;
  };
  // SMTP failures (nodemailer): the server's answer code and nodemailer's words.
  if (responseCode !== undefined)
    return `the mail server answered ${responseCode}: ${message ?? ''}`;
  if (code !== undefined) return `${code}: ${message ?? name ?? 'failed'}`;
  return message ?? name ?? 'failed';
}
