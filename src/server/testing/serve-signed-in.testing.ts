import type { App } from '../app';
import { addStaff } from '../staff/accounts';
import type { TestDatabase } from './databases.testing';

// The end of every test server the staff screens' component tests start (run with `node --import
// tsx`): one member of staff signed in, the app listening on a free port, one JSON line printed
// saying where, with which session cookie and whatever else the test needs; SIGTERM closes the
// app and removes the database.

const password = 'my knees ache on the stairs';

export async function serveSignedIn(
  app: App,
  database: TestDatabase,
  staff: { email: string; role: 'admin' | 'staff' },
  extra: object,
): Promise<void> {
  await addStaff(database.db.db, { ...staff, password });
  const login = await app.inject({
    method: 'POST',
    url: '/api/staff/login',
    headers: { host: 'clinic.test' },
    payload: { email: staff.email, password },
  });
  if (login.statusCode !== 200) throw new Error(`signing in failed: ${login.statusCode}`);
  const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`${JSON.stringify({ url, cookie, ...extra })}\n`);
  process.once('SIGTERM', () => {
    void app
      .close()
      .then(() => database.drop())
      .finally(() => process.exit(0));
  });
}
