import { statSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App, type AppOptions } from '../app';
import { clinicConfigSchema } from '../config';
import { createDb, type DbKind } from '../db/database';
import { migrateToLatest } from '../db/migrations';
import { dialects, freshDatabase, type TestDatabase } from '../testing/databases.testing';
import { validRequest } from '../testing/requests.testing';
import { postIntake, sessionCookie } from '../testing/staff.testing';
import { addStaff, createSetupToken, resetPassword } from './accounts';
import { verifyAuditChain } from './audit';
import { passwordProblem } from './passwords';

const password = 'my knees ache on the stairs';
const host = 'clinic.test';

const login = (app: App, email: string, pass: string, ip = '203.0.113.7') =>
  app.inject({
    method: 'POST',
    url: '/api/staff/login',
    remoteAddress: ip,
    headers: { host },
    payload: { email, password: pass },
  });

/** A new, empty database and an app on it, for what must start from nothing (the set-up link). */
async function withNewApp(
  kind: DbKind,
  options: Partial<AppOptions>,
  use: (app: App, database: TestDatabase) => Promise<void>,
): Promise<void> {
  const database = await freshDatabase(kind);
  const app = await buildApp({
    db: database.db,
    clinic: clinicConfigSchema.parse({}),
    staffMfa: 'optional',
    ...options,
  });
  try {
    await use(app, database);
  } finally {
    await app.close();
    await database.drop();
  }
}

describe('passwords people actually choose', () => {
  it.each([
    'Password123!',
    'Summer2024!!',
    'abababababab',
    'letmeinletmein',
    'Welcome2024!!',
    'Qwerty123456!',
  ])('refuses %s, saying why and what works', (weak) => {
    const problem = passwordProblem(weak, 'nurse@clinic.example');
    expect(problem).toBeDefined();
    expect(problem).toMatch(/passphrase/i);
  });

  it.each([
    password,
    'correct horse battery staple 42',
    'oyster quilt marathon lantern',
    'Kx9#mLp2$vQz-r7',
  ])('accepts %s', (strong) => {
    expect(passwordProblem(strong, 'nurse@clinic.example')).toBeUndefined();
  });

  it('refuses the example passphrase the advice itself gives', () => {
    expect(passwordProblem('lamp orbit velvet tundra')).toBeDefined();
  });

  it('refuses a password built from the email address', () => {
    expect(
      passwordProblem('rosalind.franklin1920', 'rosalind.franklin@clinic.example'),
    ).toBeDefined();
  });
});

describe.each(dialects)('staff security on %s', (kind) => {
  let database: TestDatabase;
  let app: App;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    app = await buildApp({
      db: database.db,
      clinic: clinicConfigSchema.parse({}),
      publicUrl: 'https://selfcheck.clinic.test',
      intakeRateLimit: 1000,
      staffMfa: 'optional',
    });
    for (const email of ['alice@clinic.example', 'bob@clinic.example', 'carol@clinic.example'])
      await addStaff(database.db.db, { email, role: 'staff', password });
    await addStaff(database.db.db, { email: 'boss@clinic.example', role: 'admin', password });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('locks an account when 10 wrong passwords arrive at once, and the right one is then refused', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        login(app, 'alice@clinic.example', `wrong guess ${i}`, `198.51.100.${i}`).then(
          (r) => r.statusCode,
        ),
      ),
    );
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(4);
    expect(statuses.every((s) => s === 401 || s === 423)).toBe(true);
    expect((await login(app, 'alice@clinic.example', password)).statusCode).toBe(423);
    // Only the first five were ever checked against the hash: the rest were refused unread.
    const audit = await database.db.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('actor_email', '=', 'alice@clinic.example')
      .execute();
    expect(audit.filter((a) => a.action === 'loginFailed').length).toBeLessThanOrEqual(5);
  }, 60_000);

  it('answers an unknown email exactly as a known one, lockout included', async () => {
    const run = async (email: string) => {
      const seen: { status: number; body: string }[] = [];
      for (let i = 0; i < 7; i++) {
        const response = await login(app, email, `not the password ${i}`, `192.0.2.${i}`);
        seen.push({ status: response.statusCode, body: response.body });
      }
      return seen;
    };
    const known = await run('bob@clinic.example');
    const unknown = await run('nobody@clinic.example');
    expect(unknown).toEqual(known);
    expect(known.map((s) => s.status)).toEqual([401, 401, 401, 401, 423, 423, 423]);
  }, 60_000);

  it('limits failed sign-ins per address, in the database', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) {
      // A different account each time: only the address links them.
      statuses.push(
        (await login(app, `guess${i}@clinic.example`, 'wrong password here', '198.18.0.1'))
          .statusCode,
      );
    }
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
    // Another address is not affected.
    expect((await login(app, 'carol@clinic.example', password, '198.18.0.2')).statusCode).toBe(200);
  }, 120_000);

  it('keeps failures counted when the owner signs in meanwhile, so a lock tells nothing', async () => {
    for (let i = 0; i < 4; i++)
      expect(
        (await login(app, 'carol@clinic.example', 'not it at all', `192.0.2.${50 + i}`)).statusCode,
      ).toBe(401);
    expect((await login(app, 'carol@clinic.example', password, '192.0.2.60')).statusCode).toBe(200);
    expect(
      (await login(app, 'carol@clinic.example', 'not it at all', '192.0.2.61')).statusCode,
    ).toBe(423);
    await resetPassword(database.db.db, 'carol@clinic.example', password + ' again');
  });

  it('keeps the audit chain whole whatever an attacker puts in the email', async () => {
    for (const email of [
      'İ'.repeat(1) + 'a'.repeat(251) + '\u{10400}',
      'ŉ'.repeat(200) + '😀@x.org',
    ]) {
      const response = await login(app, email, 'whatever it is', '198.51.100.200');
      expect(response.statusCode).toBeLessThan(500);
    }
    expect(await verifyAuditChain(database.db.db)).toMatchObject({ ok: true });
    const lone = await login(app, 'x\uD800@clinic.example', 'whatever it is', '198.51.100.201');
    expect(lone.statusCode).toBe(400);
  });

  it('answers a forged cursor or a search with a NUL with 400, never 500', async () => {
    const cookie = await sessionCookie(app, 'boss@clinic.example', password, {
      ip: '203.0.113.53',
    });
    const forged = (text: string) => Buffer.from(text).toString('base64url');
    for (const query of [
      `cursor=${forged('Infinity|2026-11-29T00:00:00.000Z|00000000-0000-4000-8000-000000000000')}`,
      `cursor=${forged('1.5|2026-11-29T00:00:00.000Z|00000000-0000-4000-8000-000000000000')}`,
      `cursor=${forged('1e12|2026-11-29T00:00:00.000Z|00000000-0000-4000-8000-000000000000')}`,
      `cursor=${forged('1|2026-11-29\u0000|x')}`,
      'q=%00',
      'q=%E2%80%AE',
    ]) {
      // The export has no pages: it reads only the filters.
      const paths = query.startsWith('cursor')
        ? ['/api/staff/intakes']
        : ['/api/staff/intakes', '/api/staff/intakes.csv'];
      for (const path of paths) {
        const response = await app.inject({ url: `${path}?${query}`, headers: { host, cookie } });
        expect(response.statusCode, `${path}?${query}`).toBe(400);
      }
    }
  });

  it('refuses a phone number with a hidden character inside', async () => {
    for (const phone of [
      '555\v123 4567',
      '555 123\u2028 4567',
      '555\uFEFF1234567',
      '555\t1234567',
    ]) {
      const request = validRequest();
      request.contact.phone = phone;
      expect((await postIntake(app, request)).statusCode, JSON.stringify(phone)).toBe(400);
    }
    const request = validRequest();
    request.contact.phone = '+1 (732)\u00A0555-0142';
    expect((await postIntake(app, request)).statusCode).toBe(201);
  });

  it('unlocks with a password reset', async () => {
    await resetPassword(database.db.db, 'alice@clinic.example', 'a brand new passphrase for alice');
    expect(
      (await login(app, 'alice@clinic.example', 'a brand new passphrase for alice')).statusCode,
    ).toBe(200);
  });

  it('creates one administrator when five set-ups race with one link; the others get 410', async () => {
    await withNewApp(kind, {}, async (setupApp, fresh) => {
      const token = await createSetupToken(fresh.db.db);
      const responses = await Promise.all(
        Array.from({ length: 5 }, (_, i) =>
          setupApp.inject({
            method: 'POST',
            url: '/api/staff/setup',
            headers: { host },
            payload: { token, email: `admin${i}@clinic.example`, password },
          }),
        ),
      );
      expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 410, 410, 410, 410]);
      const admins = await fresh.db.db.selectFrom('staff_users').select('email').execute();
      expect(admins).toHaveLength(1);
      // A used link says so, and a weak password is refused before the link is spent.
      const again = await setupApp.inject({
        method: 'POST',
        url: '/api/staff/setup',
        headers: { host },
        payload: { token, email: 'late@clinic.example', password },
      });
      expect(again.statusCode).toBe(410);
    });
  }, 60_000);

  it('makes one administrator when two different set-up links are used at once', async () => {
    await withNewApp(kind, {}, async (setupApp, fresh) => {
      const tokens = [await createSetupToken(fresh.db.db), await createSetupToken(fresh.db.db)];
      for (
        let round = 0;
        round < 3 &&
        (await fresh.db.db.selectFrom('staff_users').select('id').execute()).length === 0;
        round++
      ) {
        const responses = await Promise.all(
          tokens.map((token, i) =>
            setupApp.inject({
              method: 'POST',
              url: '/api/staff/setup',
              headers: { host },
              payload: { token, email: `first${i}@clinic.example`, password },
            }),
          ),
        );
        expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 410]);
      }
      expect(await fresh.db.db.selectFrom('staff_users').select('id').execute()).toHaveLength(1);
    });
  }, 60_000);

  it('refuses a weak password on the set-up page without spending the link', async () => {
    await withNewApp(kind, {}, async (setupApp, fresh) => {
      const token = await createSetupToken(fresh.db.db);
      for (const weak of ['Password123!', 'Summer2024!!', 'abababababab', 'letmeinletmein']) {
        const response = await setupApp.inject({
          method: 'POST',
          url: '/api/staff/setup',
          headers: { host },
          payload: { token, email: 'first@clinic.example', password: weak },
        });
        expect(response.statusCode, weak).toBe(400);
        expect(response.json<{ error: { message: string } }>().error.message).toMatch(
          /passphrase/i,
        );
      }
      const ok = await setupApp.inject({
        method: 'POST',
        url: '/api/staff/setup',
        headers: { host },
        payload: { token, email: 'first@clinic.example', password },
      });
      expect(ok.statusCode).toBe(201);
    });
  }, 60_000);

  it('refuses control characters and direction overrides in every free-text field, naming the field', async () => {
    for (const [field, bad] of [
      ['firstName', 'Ro\u202Esa'],
      ['lastName', 'Del\u0000gado'],
      ['lastName', 'Del\u2066gado'],
      ['message', 'Call me \u202Eplease'],
      ['message', 'bell\u0007'],
      ['phone', '+1 555 0142\u200F'],
      ['firstName', 'Ro\u200Bsa'],
      ['firstName', 'Ro\uFEFFsa'],
      ['firstName', 'Ro\u00ADsa'],
      ['lastName', 'Del\uDB40\uDC41gado'],
      ['lastName', 'Del\u3164gado'],
      ['lastName', 'Ab\uD800'],
      ['message', 'Lone \uDC00 half'],
      ['message', 'Line\u2028separator'],
    ] as const) {
      const request = validRequest();
      (request.contact as Record<string, unknown>)[field] = bad;
      const response = await postIntake(app, request);
      expect(response.statusCode, `${field} ${JSON.stringify(bad)}`).toBe(400);
      const fields = response.json<{ error: { fields: { path: string; message: string }[] } }>()
        .error.fields;
      expect(fields.map((f) => f.path)).toEqual([`contact.${field}`]);
    }
    // A message may still have lines, and names the joiners that Persian and emoji need.
    const request = validRequest();
    request.contact.message = 'Mornings are best.\r\nNot Mondays.\tThanks 👨‍👩‍👧 ❤️';
    request.contact.firstName = 'می\u200Cخواهم';
    const fine = await postIntake(app, request);
    expect(fine.statusCode).toBe(201);
  });

  it('refuses a staff note with a direction override', async () => {
    const cookie = await sessionCookie(app, 'boss@clinic.example', password, {
      ip: '203.0.113.50',
    });
    const list = await app.inject({ url: '/api/staff/intakes', headers: { host, cookie } });
    const id = list.json<{ items: { id: string }[] }>().items[0]!.id;
    const patch = await app.inject({
      method: 'PATCH',
      url: `/api/staff/intakes/${id}`,
      headers: { host, cookie, origin: 'https://selfcheck.clinic.test' },
      payload: { note: 'Called \u202Eback' },
    });
    expect(patch.statusCode).toBe(400);
    expect(patch.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe(
      'note',
    );
  });

  it('writes one audit entry per window for refused sign-ins, however many arrive', async () => {
    const count = async () =>
      Number(
        (
          await database.db.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll<string | number>().as('n'))
            .where('actor_email', '=', 'flood@clinic.example')
            .executeTakeFirstOrThrow()
        ).n,
      );
    for (let i = 0; i < 5; i++)
      await login(app, 'flood@clinic.example', 'wrong password here', `100.64.0.${i}`);
    expect(await count()).toBe(5);
    // Locked now: forty more refusals, each a cheap request for an attacker, add one entry.
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        login(app, 'flood@clinic.example', 'wrong password here', `100.64.1.${i}`),
      ),
    );
    expect(await count()).toBe(6);
  });

  it('lets only PUBLIC_URL change anything when it is set, whatever the Host says', async () => {
    const cookie = await sessionCookie(app, 'boss@clinic.example', password, {
      ip: '203.0.113.52',
    });
    const list = await app.inject({ url: '/api/staff/intakes', headers: { host, cookie } });
    const id = list.json<{ items: { id: string }[] }>().items[0]!.id;
    const patch = (headers: Record<string, string>) =>
      app
        .inject({
          method: 'PATCH',
          url: `/api/staff/intakes/${id}`,
          headers: { cookie, ...headers },
          payload: { note: 'Checked the origin.' },
        })
        .then((r) => r.statusCode);
    expect(await patch({ host: 'evil.example', origin: 'https://evil.example' })).toBe(403);
    expect(await patch({ host, origin: `https://${host}` })).toBe(403);
    expect(await patch({ host, origin: 'http://selfcheck.clinic.test' })).toBe(403);
    expect(await patch({ host, origin: 'https://selfcheck.clinic.test' })).toBe(200);
    // And an intake's id in capitals is the same intake.
    const upper = await app.inject({
      url: `/api/staff/intakes/${id.toUpperCase()}`,
      headers: { host, cookie },
    });
    expect(upper.statusCode).toBe(200);
  });

  it('records which intakes each list and export showed, with their references', async () => {
    const cookie = await sessionCookie(app, 'boss@clinic.example', password, {
      ip: '203.0.113.51',
    });
    const list = await app.inject({ url: '/api/staff/intakes?limit=2', headers: { host, cookie } });
    const shown = list.json<{ items: { id: string; reference: string }[] }>().items;
    expect(shown.length).toBeGreaterThan(0);
    const csv = await app.inject({ url: '/api/staff/intakes.csv', headers: { host, cookie } });
    expect(csv.statusCode).toBe(200);
    const log = await app.inject({ url: '/api/staff/audit', headers: { host, cookie } });
    const items = log.json<{
      items: { action: string; intakes: { id: string; reference: string }[] }[];
    }>().items;
    const listed = items.find((i) => i.action === 'listIntakes');
    expect(listed?.intakes).toEqual(shown.map(({ id, reference }) => ({ id, reference })));
    const exported = items.find((i) => i.action === 'exportCsv');
    expect(exported?.intakes.map((i) => i.reference)).toEqual(
      expect.arrayContaining(shown.map((s) => s.reference)),
    );
    // The review can ask who saw one intake.
    const one = shown[0]!;
    const forIntake = await app.inject({
      url: `/api/staff/audit?intake=${one.id.toUpperCase()}`,
      headers: { host, cookie },
    });
    const touching = forIntake.json<{ items: { action: string }[] }>().items.map((i) => i.action);
    expect(touching).toEqual(expect.arrayContaining(['listIntakes', 'exportCsv']));
  });

  it('keeps the audit log append-only in the database itself, and chained', async () => {
    const db = database.db.db;
    await expect(sql`update audit_log set action = 'nothing'`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(/append-only/);
    if (kind === 'postgres')
      await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(/append-only/);
    const verified = await verifyAuditChain(db);
    expect(verified).toMatchObject({ ok: true });
    expect(verified.rows).toBeGreaterThan(10);
    // A row written behind the application's back does not carry the chain on.
    await sql`insert into audit_log (at, actor_id, actor_email, action, intake_id, intakes, detail, ip, prev_hash, hash)
      values ('2026-01-01T00:00:00.000Z', null, 'mallory@evil.example', 'login', null, '[]', '', '127.0.0.1', 'x', 'y')`.execute(
      db,
    );
    const forged = await db
      .selectFrom('audit_log')
      .select('id')
      .where('actor_email', '=', 'mallory@evil.example')
      .executeTakeFirstOrThrow();
    const broken = await verifyAuditChain(db);
    expect(broken).toMatchObject({ ok: false, firstBroken: Number(forged.id) });
  });
});

describe('files only the server can read', () => {
  it('creates DATA_DIR 0700 and the database files 0600, and tightens existing ones', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'ipm-modes-'));
    try {
      const dataDir = join(parent, 'data');
      const db = createDb({ kind: 'sqlite', file: join(dataDir, 'intake.db') });
      await migrateToLatest(db.db);
      await sql`select 1`.execute(db.db);
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      for (const file of ['intake.db', 'intake.db-wal', 'intake.db-shm'])
        expect(statSync(join(dataDir, file)).mode & 0o777, file).toBe(0o600);
      await db.close();
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe('behind a proxy', () => {
  it('counts the address the trusted proxy saw, not one the client names', async () => {
    await withNewApp('sqlite', { trustProxy: 1 }, async (app) => {
      const statuses: number[] = [];
      for (let i = 0; i < 31; i++) {
        const response = await app.inject({
          method: 'POST',
          url: '/api/staff/login',
          remoteAddress: '10.0.0.5',
          headers: { 'x-forwarded-for': `198.18.${i}.1, 192.0.2.77` },
          payload: { email: `guess${i}@clinic.example`, password: 'not the password' },
        });
        statuses.push(response.statusCode);
      }
      // The proxy appended 192.0.2.77, the client's real address; the forged ones do not count.
      expect(statuses.at(-1)).toBe(429);
    });
  }, 60_000);
});
