import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { clinicConfigSchema } from '../../src/server/config';
import { freshDatabase } from '../../src/server/testing/databases.testing';
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
const login = (pass = password) =>
  fetch(`${server.url}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: pass }),
  });
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
  const setup = await fetch(`${server.url}/api/staff/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, email, password }),
  });
  expect(setup.status).toBe(201);
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
      (r) =>
        r.url.startsWith('/api/staff') &&
        r.method !== 'HEAD' &&
        !['/api/staff/login', '/api/staff/setup'].includes(r.url),
    );
    await app.close();
    await database.drop();
    expect(staffRoutes.length).toBeGreaterThan(6);
    const forged = ['', 'not-a-token', 'A'.repeat(43)];
    let refusals = 0;
    for (const route of staffRoutes) {
      for (const cookie of forged) {
        const response = await fetch(`${server.url}${route.url.replace(':id', reference)}`, {
          method: route.method,
          headers: {
            'content-type': 'application/json',
            ...(cookie && { cookie: `ipm_staff=${cookie}` }),
          },
          ...(route.method !== 'GET' && { body: '{}' }),
        });
        const text = await response.text();
        expect(response.status, `${route.method} ${route.url}`).toBe(401);
        expect(text).not.toContain(stored.contact.lastName);
        refusals++;
      }
    }

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

    record('staff routes refused without a valid session (route × forged cookie)', refusals);
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
});
