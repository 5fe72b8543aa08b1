import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { NotifyConfig } from '../config';
import type { Database, IntakeTable, OutboxTable } from '../db/database';
import type { NewIntake } from '../db/intakes';

// What a notification says and which rows carry it. The rows are written in the transaction of
// the event itself (the intake, the status change), by every path that writes one: storeIntake,
// the SQLite group commit (intake-batch.ts) and the staff PATCH. The dispatcher sends them.

export type Channel = OutboxTable['channel'];
export type NotifyEvent = OutboxTable['event'];

/**
 * An intake as a notification names it: no health data and no contact details. `sameDayCall` is
 * the one thing a self-harm "yes" lets out (CLINICAL section 5): a clinician should call today.
 */
export interface IntakeEventData {
  id: string;
  reference: string;
  verdict: string;
  status: string;
  createdAt: string;
  sameDayCall: boolean;
}

/** Only the listed fields, whatever the caller's object holds besides: nothing else can leave. */
export const eventData = (data: IntakeEventData): IntakeEventData => ({
  id: data.id,
  reference: data.reference,
  verdict: data.verdict,
  status: data.status,
  createdAt: data.createdAt,
  sameDayCall: data.sameDayCall,
});

/** The channels configured now, and what the writers and the dispatcher are told of them. */
export interface Notifications {
  channels: Channel[];
  /** Wakes the dispatcher once a transaction holding new rows has committed. */
  nudge: () => void;
}

export function channelsOf(notify: NotifyConfig | undefined): Channel[] {
  return [
    ...(notify?.email ? (['email'] as const) : []),
    ...(notify?.webhook ? (['webhook'] as const) : []),
  ];
}

/** E-mail tells the front desk that someone is waiting; webhooks tell other systems every event. */
const carriedBy: Record<NotifyEvent, readonly Channel[]> = {
  'intake.created': ['email', 'webhook'],
  'intake.status_changed': ['webhook'],
};

/** Every column, in one order: the SQLite group commit inserts them with one prepared statement. */
export type OutboxRow = Omit<OutboxTable, 'attempts'> & { attempts: number };

export function outboxRows(
  event: NotifyEvent,
  data: IntakeEventData,
  channels: readonly Channel[],
  now: Date,
): OutboxRow[] {
  const at = now.toISOString();
  const payload = JSON.stringify(eventData(data));
  return channels
    .filter((channel) => carriedBy[event].includes(channel))
    .map((channel) => ({
      // The message's identity for good: the webhook-id of every attempt.
      id: randomUUID(),
      channel,
      event,
      intake_id: data.id,
      payload,
      created_at: at,
      attempts: 0,
      next_attempt_at: at,
      locked_until: null,
      lock_token: null,
      last_error: null,
      delivered_at: null,
      failed_at: null,
    }));
}

/** The rows announcing a new intake, written with it. */
export function newIntakeOutboxRows(intake: NewIntake, channels: readonly Channel[]): OutboxRow[] {
  if (channels.length === 0) return [];
  return outboxRows(
    'intake.created',
    {
      id: intake.id,
      reference: intake.reference,
      verdict: intake.assessment.verdict,
      status: 'new',
      createdAt: intake.now.toISOString(),
      sameDayCall: intake.assessment.moodScreen.selfHarmThoughts,
    },
    channels,
    intake.now,
  );
}

/**
 * Inside the transaction that changes an intake's status: the `intake.status_changed` rows.
 * Nothing without configured channels.
 */
export async function enqueueStatusChange(
  trx: Kysely<Database>,
  notifications: Notifications | undefined,
  intake: Pick<
    Selectable<IntakeTable>,
    'id' | 'reference' | 'verdict' | 'created_at' | 'needs_outreach'
  >,
  status: string,
  now = new Date(),
): Promise<void> {
  if (!notifications || notifications.channels.length === 0) return;
  // needs_outreach is a self-harm "yes" (an intake of ruleset 2026.1 has no mood screen).
  const rows = outboxRows(
    'intake.status_changed',
    {
      id: intake.id,
      reference: intake.reference,
      verdict: intake.verdict,
      status,
      createdAt: intake.created_at,
      sameDayCall: intake.needs_outreach === 1,
    },
    notifications.channels,
    now,
  );
  if (rows.length > 0) await trx.insertInto('outbox').values(rows).execute();
}
