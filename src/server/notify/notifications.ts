import type { NotifyConfig } from '../config';
import type { Db } from '../db/database';
import type { IntakeWriter } from '../db/intake-writer';
import { createDispatcher, type DispatcherOptions, type Sender } from './dispatcher';
import { emailSender } from './email';
import { channelsOf, type Channel, type Notifications } from './outbox';
import { webhookSender } from './webhook';

// The notifications of one server: the channels configured, their senders, and the dispatcher
// that sends what the outbox holds. With no channel configured, only a slow sweep of what an
// earlier configuration left.

export type DispatcherTiming = Pick<DispatcherOptions, 'retry' | 'pollMs' | 'leaseMs' | 'now'>;

export interface ServerNotifications extends Notifications {
  start: () => void;
  stop: () => Promise<void>;
}

export function createNotifications(options: {
  db: Db;
  notify: NotifyConfig | undefined;
  /** The base of the link in each e-mail (PUBLIC_URL, or the local address). */
  linkBase: string;
  log: DispatcherOptions['log'];
  timing?: DispatcherTiming;
}): ServerNotifications {
  const channels = channelsOf(options.notify);
  if (channels.length === 0) {
    // Nothing to send; what an earlier configuration left in the outbox is still given up on once
    // its 24 hours are over, so administrators see it failed rather than waiting for ever.
    const sweeper = createDispatcher({
      db: options.db.db,
      senders: {},
      ...options.timing,
      pollMs: options.timing?.pollMs ?? 60_000,
      ...(options.log && { log: options.log }),
    });
    return { channels, nudge: () => undefined, start: sweeper.start, stop: sweeper.stop };
  }
  const email = options.notify?.email && emailSender(options.notify.email, options.linkBase);
  const webhook = options.notify?.webhook && webhookSender(options.notify.webhook);
  const senders: Partial<Record<Channel, Sender>> = {
    ...(email && { email }),
    ...(webhook && { webhook }),
  };
  const dispatcher = createDispatcher({
    db: options.db.db,
    senders,
    ...options.timing,
    ...(options.log && { log: options.log }),
  });
  return {
    channels,
    nudge: dispatcher.nudge,
    start: dispatcher.start,
    stop: async () => {
      await dispatcher.stop();
      email?.close();
    },
  };
}

/** The intake writer, waking the dispatcher once each new intake has committed. */
export function announcing(writer: IntakeWriter, notifications: Notifications): IntakeWriter {
  return {
    ...writer,
    store: async (intake) => {
      const outcome = await writer.store(intake);
      if (outcome.kind === 'created') notifications.nudge();
      return outcome;
    },
  };
}
