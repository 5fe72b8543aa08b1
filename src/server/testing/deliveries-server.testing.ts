import { buildApp } from '../app';
import { clinicConfigSchema } from '../config';
import { outboxRows } from '../notify/outbox';
import { addStaff } from '../staff/accounts';
import { freshDatabase } from './databases.testing';

// A real staff API for the notifications view's component test: run with `node --import tsx`, it
// stores one notification given up on and one still being tried, signs an administrator in,
// listens on a free port and prints one JSON line (where, the session cookie, the ids). SIGTERM
// closes it and removes the database.

const password = 'my knees ache on the stairs';
const database = await freshDatabase('sqlite');
const app = await buildApp({ db: database.db, clinic: clinicConfigSchema.parse({}) });
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
await addStaff(database.db.db, { email: 'admin@clinic.example', role: 'admin', password });
const login = await app.inject({
  method: 'POST',
  url: '/api/staff/login',
  headers: { host: 'clinic.test' },
  payload: { email: 'admin@clinic.example', password },
});
if (login.statusCode !== 200) throw new Error(`signing in failed: ${login.statusCode}`);
const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
const url = await app.listen({ port: 0, host: '127.0.0.1' });

export interface DeliveriesServerInfo {
  url: string;
  cookie: string;
  failedId: string;
  pendingId: string;
}
const info: DeliveriesServerInfo = { url, cookie, failedId: failed.id, pendingId: pending.id };
process.stdout.write(`${JSON.stringify(info)}\n`);
process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => database.drop())
    .finally(() => process.exit(0));
});
