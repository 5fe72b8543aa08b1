import { buildApp } from '../app';
import { clinicConfigSchema } from '../config';
import { outboxRows } from '../notify/outbox';
import { freshDatabase } from './databases.testing';
import { serveSignedIn } from './serve-signed-in.testing';

// A real staff API for the notifications view's component test: run with `node --import tsx`, it
// stores one notification given up on and one still being tried, signs an administrator in,
// listens on a free port and prints one JSON line (where, the session cookie, the ids). SIGTERM
// closes it and removes the database.

const database = await freshDatabase('sqlite');
const app = await buildApp({
  db: database.db,
  clinic: clinicConfigSchema.parse({}),
  staffMfa: 'optional',
});
const intake = (reference: string, n: number) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  reference,
  verdict: 'goodCandidate',
  status: 'new',
  createdAt: '2026-11-28T09:00:00.000Z',
  sameDayCall: false,
});
const [failed] = outboxRows(
  'intake.created',
  intake('FAI-LED', 1),
  ['webhook'],
  new Date('2026-11-28T09:00:00.000Z'),
);
const [pending] = outboxRows(
  'intake.status_changed',
  intake('PEN-DNG', 2),
  ['webhook'],
  new Date(),
);
if (!failed || !pending) throw new Error('no rows');
await database.db.db
  .insertInto('outbox')
  .values([
    {
      ...failed,
      attempts: 31,
      last_error: 'the receiver answered 503',
      failed_at: '2026-11-29T09:00:00.000Z',
    },
    // Due in an hour: the dispatcher (none here) would not touch it meanwhile.
    {
      ...pending,
      attempts: 2,
      last_error: 'connection refused',
      next_attempt_at: new Date(Date.now() + 3_600_000).toISOString(),
    },
  ])
  .execute();
export interface DeliveriesServerInfo {
  url: string;
  cookie: string;
  failedId: string;
  pendingId: string;
}
await serveSignedIn(
  app,
  database,
  { email: 'admin@clinic.example', role: 'admin' },
  { failedId: failed.id, pendingId: pending.id },
);
