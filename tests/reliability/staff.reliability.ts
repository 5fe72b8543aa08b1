import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { buildApp } from '../../src/server/app';
import { clinicConfigSchema } from '../../src/server/config';
import { freshDatabase, testDataKey } from '../../src/server/testing/databases.testing';
import { oddSpellings } from '../../src/server/testing/spellings.testing';
import { createDb } from '../../src/server/db/database';
import { openDatabase } from '../../src/server/db/open';
import { addStaff } from '../../src/server/staff/accounts';
import { freshPostgresDatabase, query } from '../servers';
import {
  expectNoPersonalDataInLogs,
  logsDir,
  post,
  record,
  startServer,
  traceableIntake,
  type RunningServer,
} from './support';

// Staff security over real HTTP against the built server: sessions, cookies, lockout, and that no
// route gives anyone an intake without a session.

let server: RunningServer;
const email = 'admin@clinic.example';
const password = 'correct horse battery staple 42';

const cookieOf = (response: Response) => {
  const header = response.headers.get('set-cookie') ?? '';
  return { header, value: /ipm_staff=([^;]*)/.exec(header)?.[1] ?? '' };
};
const login = (pass = password, who = email) =>
  fetch(`${server.url}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: who, password: pass }),
  });

/** One request exactly as written: no client normalises `..`, `./` or `%2F` in the path. */
function rawRequest(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; text: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: hostname, port, method, path, headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
const me = (cookie: string) =>
  fetch(`${server.url}/api/staff/me`, { headers: { cookie: `ipm_staff=${cookie}` } });

beforeAll(async () => {
  server = await startServer({ label: 'staff' });
  // The one-time set-up link the server printed at first start.
  let token: string | undefined;
  for (let i = 0; i < 100 && token === undefined; i++) {
    const log = readdirSync(logsDir)
      .filter((name) => name.startsWith('staff-'))
      .map((name) => readFileSync(join(logsDir, name), 'utf8'))
      .join('');
    token = /#setup=([\w-]+)/.exec(log)?.[1];
    if (token === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const setup = (body: object) =>
    fetch(`${server.url}/api/staff/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, ...body }),
    });
  // The passwords people actually choose are refused, and do not spend the link.
  for (const weak of ['Password123!', 'Summer2024!!', 'abababababab', 'letmeinletmein']) {
    const refused = await setup({ email, password: weak });
    expect(refused.status, weak).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
      /passphrase/,
    );
  }
  // Five set-ups racing with the one link make one administrator; the others are told it is gone.
  const raced = await Promise.all(
    Array.from({ length: 5 }, () => setup({ email, password }).then((r) => r.status)),
  );
  expect([...raced].sort()).toEqual([201, 410, 410, 410, 410]);
  const admins = await query<{ email: string }>(
    { sqlite: server.dataDir },
    'select email from staff_users',
  );
  expect(admins).toHaveLength(1);
  record('set-up link raced by 5 requests: administrators created', admins.length);
});
afterAll(async () => {
  server.process.kill('SIGTERM');
  await server.exited;
  expectNoPersonalDataInLogs();
});

describe('staff security', () => {
  it('gives a new session token at every login, in a Secure, HttpOnly, SameSite=Strict cookie', async () => {
    const tokens = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const response = await login();
      expect(response.status).toBe(200);
      const cookie = cookieOf(response);
      expect(cookie.header).toMatch(/;\s*HttpOnly/i);
      expect(cookie.header).toMatch(/;\s*Secure/i);
      expect(cookie.header).toMatch(/;\s*SameSite=Strict/i);
      expect(cookie.header).toMatch(/;\s*Path=\//i);
      // 256 bits, base64url.
      expect(decodeURIComponent(cookie.value)).toMatch(/^[\w-]{43}$/);
      tokens.add(cookie.value);
      expect((await me(cookie.value)).status).toBe(200);
    }
    expect(tokens.size).toBe(3);
  });

  it('ends the session at logout: the same cookie no longer opens anything', async () => {
    const { value } = cookieOf(await login());
    expect((await me(value)).status).toBe(200);
    const out = await fetch(`${server.url}/api/staff/logout`, {
      method: 'POST',
      headers: { cookie: `ipm_staff=${value}` },
    });
    expect(out.status).toBeLessThan(300);
    expect((await me(value)).status).toBe(401);
    expect(
      (
        await fetch(`${server.url}/api/staff/intakes`, {
          headers: { cookie: `ipm_staff=${value}` },
        })
      ).status,
    ).toBe(401);
  });

  it('answers no staff route without a session, and no patient route reveals another intake', async () => {
    const stored = traceableIntake();
    const created = await post(server.url, stored);
    expect(created.status).toBe(201);
    const { reference } = (await created.json()) as { reference: string };

    // Every staff route of the app, from its own route table.
    const database = await freshDatabase('sqlite');
    const app = await buildApp({ db: database.db, clinic: clinicConfigSchema.parse({}) });
    const staffRoutes = app.routeTable.filter(
      (r) => r.url.startsWith('/api/staff') && r.method !== 'HEAD' && r.access !== 'public',
    );
    await app.close();
    await database.drop();
    expect(staffRoutes.length).toBeGreaterThan(6);
    const [intake] = await query<{ id: string }>(
      { sqlite: server.dataDir },
      `select id from intakes where reference = '${reference}'`,
    );
    const forged = ['', 'not-a-token', 'A'.repeat(43), '%', '%E0%A4%A'];
    let refusals = 0;
    for (const route of staffRoutes) {
      const path = route.url.replace(':id', intake?.id ?? reference);
      for (const spelling of [path, ...oddSpellings(path)]) {
        for (const cookie of forged) {
          const response = await rawRequest(
            server.url,
            route.method,
            spelling,
            {
              'content-type': 'application/json',
              ...(cookie && { cookie: `ipm_staff=${cookie}` }),
            },
            route.method !== 'GET' ? '{"status":"closed","note":"x"}' : undefined,
          );
          const what = `${route.method} ${spelling} ${cookie}`;
          expect(response.status, what).toBeGreaterThanOrEqual(400);
          expect(response.status, what).toBeLessThan(500);
          expect(response.text, what).not.toContain(stored.contact.lastName);
          refusals++;
        }
      }
    }
    // Nothing any of them sent changed the intake.
    const [after] = await query<{ status: string }>(
      { sqlite: server.dataDir },
      `select status from intakes where reference = '${reference}'`,
    );
    expect(after?.status).toBe('new');

    // The patient side: a reference is not a key to anything, and a reused idempotency key with
    // another body says nothing about the first.
    for (const path of [`/api/intakes/${reference}`, `/api/intakes?reference=${reference}`]) {
      const response = await fetch(`${server.url}${path}`);
      expect([404, 405]).toContain(response.status);
      expect(await response.text()).not.toContain(stored.contact.lastName);
    }
    const key = crypto.randomUUID();
    await post(server.url, traceableIntake(), key);
    const reuse = await post(server.url, traceableIntake(), key);
    expect(reuse.status).toBe(422);
    expect(Object.keys((await reuse.json()) as object)).toEqual(['error']);

    record(
      'staff routes refused without a valid session (route × spelling × forged cookie)',
      refusals,
    );
  });

  it('locks the account after 5 wrong passwords, even against the right one', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await login(`wrong ${i}`)).status);
    // The fifth failure locks the account and says so.
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const locked = await login();
    expect(locked.status).toBe(423);
    expect(cookieOf(locked).value).toBe('');
    record('brute force: wrong passwords until locked (423), right one after', '5, refused 423');
  });

  it('locks an account when 10 wrong passwords arrive at once', async () => {
    const nurse = 'nurse@clinic.example';
    const db = createDb({ kind: 'sqlite', file: join(server.dataDir, 'intake.db') });
    await addStaff(db.db, { email: nurse, role: 'staff', password });
    await db.close();
    const statuses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => login(`wrong guess ${i}`, nurse).then((r) => r.status)),
    );
    expect(statuses.every((status) => status === 401 || status === 423)).toBe(true);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(4);
    expect((await login(password, nurse)).status).toBe(423);
    const count = (status: number) => statuses.filter((s) => s === status).length;
    record(
      '10 concurrent wrong passwords, then the right one',
      `401 ×${count(401)}, 423 ×${count(423)}, then 423`,
    );
  });

  it('treats a malformed session cookie as no session: 401, never 500', async () => {
    for (const cookie of ['ipm_staff=%', 'ipm_staff=%zz', 'ipm_staff=%E0%A4%A', 'ipm_staff']) {
      const response = await rawRequest(server.url, 'GET', '/api/staff/me', { cookie });
      expect(response.status, cookie).toBe(401);
    }
  });

  it('cuts off a client that trickles its headers or its body', async () => {
    /** Sends `head` then one byte of `rest` every `everyMs`; resolves when the server hangs up. */
    const trickle = (head: string, rest: string, everyMs: number) =>
      new Promise<{ seconds: number; reply: string }>((resolve) => {
        const { hostname, port } = new URL(server.url);
        const socket = connect(Number(port), hostname);
        const started = Date.now();
        let reply = '';
        let sent = 0;
        let timer: NodeJS.Timeout | undefined;
        socket.on('connect', () => {
          socket.write(head);
          timer = setInterval(() => {
            if (sent < rest.length && !socket.destroyed) socket.write(rest[sent++] ?? '');
          }, everyMs);
        });
        socket.on('data', (chunk: Buffer) => (reply += chunk.toString()));
        const done = () => {
          clearInterval(timer);
          resolve({ seconds: (Date.now() - started) / 1000, reply });
        };
        socket.on('close', done);
        socket.on('error', () => undefined);
        // The test's own bound: a server that never hangs up fails below, it does not hang here.
        setTimeout(() => socket.destroy(), 45_000).unref();
      });
    const body = JSON.stringify(traceableIntake());
    const [slowBody, slowHeaders] = await Promise.all([
      trickle(
        `POST /api/intakes HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nIdempotency-Key: ${crypto.randomUUID()}\r\nContent-Length: ${body.length}\r\n\r\n`,
        body,
        3000,
      ),
      trickle('', 'GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n', 2000),
    ]);
    expect(slowBody.seconds).toBeLessThan(30);
    expect(slowHeaders.seconds).toBeLessThan(30);
    expect(slowBody.reply).toMatch(/^HTTP\/1.1 408/);
    record(
      'slow client cut off after (body a byte every 3 s / headers a byte every 2 s)',
      `${slowBody.seconds.toFixed(1)} s / ${slowHeaders.seconds.toFixed(1)} s`,
    );
    // The server still serves everyone else.
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  }, 60_000);
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('two instances on one PostgreSQL', () => {
  it('share the account lock and the per-address limit', async () => {
    const database = await freshPostgresDatabase(
      process.env.TEST_DATABASE_URL ?? '',
      `ipm_lockout_${process.pid}`,
    );
    // Instances of one database share its data key: DATA_KEY, the same for both.
    const dataKey = testDataKey();
    const db = await openDatabase({ kind: 'postgres', url: database.url }, dataKey);
    await addStaff(db.db, { email: 'shared@clinic.example', role: 'staff', password });
    await db.close();
    const servers = await Promise.all(
      ['pg-a', 'pg-b'].map((label) =>
        startServer({ label, databaseUrl: database.url, env: { DATA_KEY: dataKey.value } }),
      ),
    );
    try {
      const signIn = (i: number, who: string, pass: string) =>
        fetch(`${servers[i % 2]?.url ?? ''}/api/staff/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: who, password: pass }),
        }).then((r) => r.status);
      // Ten wrong passwords at once, half to each instance: the account locks on both.
      const statuses = await Promise.all(
        Array.from({ length: 10 }, (_, i) => signIn(i, 'shared@clinic.example', `wrong ${i}`)),
      );
      expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(4);
      expect(await signIn(0, 'shared@clinic.example', password)).toBe(423);
      expect(await signIn(1, 'shared@clinic.example', password)).toBe(423);
      // The address has 12 failures; 18 more, alternating, and both instances refuse it.
      for (let i = 0; i < 18; i++)
        expect(await signIn(i, `guess${i}@clinic.example`, 'not the password')).toBe(401);
      expect(await signIn(0, 'other@clinic.example', 'not the password')).toBe(429);
      expect(await signIn(1, 'other@clinic.example', 'not the password')).toBe(429);
      record('two instances on one PostgreSQL: lock and address limit shared', 'yes');
    } finally {
      for (const running of servers) running.process.kill('SIGTERM');
      await Promise.all(servers.map((running) => running.exited));
      await database.drop();
    }
  }, 120_000);
});
