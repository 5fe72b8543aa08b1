import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrations';
import { addStaff } from '../../src/server/staff/accounts';
import { nextTotp, totp } from '../../src/server/testing/totp.testing';
import { freshPostgresDatabase, query, type Store } from '../servers';
import { logsDir, startServer, type RunningServer } from './support';

// Two-step sign-in over real HTTP against the built server, with STAFF_MFA=required, on SQLite
// and (with TEST_DATABASE_URL) PostgreSQL. The codes come from the test's own RFC 6238
// (node:crypto's HMAC-SHA1), never from the library the server checks them with.

const password = 'correct horse battery staple 42';
const accounts = ['amy', 'bo', 'cy', 'di', 'ed'].map((name) => `${name}@clinic.example`);
const adminUrl = process.env.TEST_DATABASE_URL;
const stores = adminUrl ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

describe.each(stores)('two-step sign-in against the built server on %s', (kind) => {
  let server: RunningServer;
  let store: Store;
  let dropPostgres: (() => Promise<void>) | undefined;
  const secrets: string[] = [];
  const recoveryCodes: string[] = [];

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ipm-reliability-mfa-'));
    let databaseUrl: string | undefined;
    if (kind === 'postgres' && adminUrl) {
      const pg = await freshPostgresDatabase(adminUrl, 'reliability_mfa');
      databaseUrl = pg.url;
      dropPostgres = pg.drop;
      store = { postgres: pg.url };
    } else store = { sqlite: dataDir };
    const db = createDb(
      databaseUrl
        ? { kind: 'postgres', url: databaseUrl }
        : { kind: 'sqlite', file: join(dataDir, 'intake.db') },
    );
    await migrateToLatest(db.db, db.schema);
    for (const email of accounts) await addStaff(db.db, { email, role: 'staff', password });
    await db.close();
    server = await startServer({
      label: `mfa-${kind}`,
      dataDir,
      ...(databaseUrl !== undefined && { databaseUrl }),
      env: { STAFF_MFA: 'required' },
    });
  }, 120_000);
  afterAll(async () => {
    server.process.kill('SIGTERM');
    await server.exited;
    await dropPostgres?.();
  });

  const cookieValue = (response: Response, name: string) =>
    response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0] ?? '')
      .find((c) => c.startsWith(`${name}=`));

  const call = (method: string, path: string, cookie?: string, body?: unknown) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: {
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(cookie !== undefined && { cookie }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  const errorCode = async (response: Response) =>
    ((await response.json()) as { error?: { code?: string } }).error?.code;

  /** The password step: the session cookie, or the pre-session cookie of the code step. */
  async function passwordStep(email: string) {
    const response = await call('POST', '/api/staff/login', undefined, { email, password });
    expect(response.status, `password of ${email}`).toBe(200);
    return {
      body: (await response.json()) as Record<string, unknown>,
      session: cookieValue(response, 'ipm_staff'),
      challenge: cookieValue(response, 'ipm_staff_mfa'),
    };
  }
  const codeStep = (challenge: string | undefined, code: string) =>
    call('POST', '/api/staff/login/mfa', challenge, { code });

  /** Signs in with the password alone (no factor yet), enrols, and confirms. */
  async function enrol(email: string) {
    const { session, body } = await passwordStep(email);
    expect(body).toMatchObject({ user: { email } });
    const started = await call('POST', '/api/staff/mfa/enroll', session);
    expect(started.status).toBe(200);
    const { secret, otpauthUrl } = (await started.json()) as { secret: string; otpauthUrl: string };
    expect(otpauthUrl).toContain(`secret=${secret}`);
    // Signing in afterwards takes the next step's code (nextTotp): a later step than this one.
    const confirmed = await call('POST', '/api/staff/mfa/confirm', session, { code: totp(secret) });
    expect(confirmed.status).toBe(200);
    const { recoveryCodes: codes } = (await confirmed.json()) as { recoveryCodes: string[] };
    secrets.push(secret);
    recoveryCodes.push(...codes);
    return { secret, session, codes };
  }

  it('without a second factor, an account reaches enrolment, sign-out and "who am I", and nothing else', async () => {
    const { session } = await passwordStep('ed@clinic.example');
    const document = (await (await call('GET', '/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { security: unknown[] }>>;
    };
    const open = [
      'GET /api/staff/me',
      'POST /api/staff/mfa/enroll',
      'POST /api/staff/mfa/confirm',
      'POST /api/staff/logout',
    ];
    let refused = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      if (!path.startsWith('/api/staff/')) continue;
      for (const [method, operation] of Object.entries(operations)) {
        const key = `${method.toUpperCase()} ${path}`;
        if (operation.security.length === 0 || open.includes(key)) continue;
        const url = path.replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000');
        const response = await call(
          method.toUpperCase(),
          url,
          session,
          method === 'get' ? undefined : { status: 'closed' },
        );
        expect(response.status, key).toBe(403);
        expect(await errorCode(response), key).toBe('mfa_enrolment_required');
        refused++;
      }
    }
    expect(refused).toBeGreaterThanOrEqual(8);
    const me = await call('GET', '/api/staff/me', session);
    expect(await me.json()).toMatchObject({ mfa: { enabled: false, required: true } });
    // Enrolled, the same session reaches the inbox.
    const started = await call('POST', '/api/staff/mfa/enroll', session);
    const { secret } = (await started.json()) as { secret: string };
    secrets.push(secret);
    const confirmed = await call('POST', '/api/staff/mfa/confirm', session, { code: totp(secret) });
    expect(confirmed.status).toBe(200);
    recoveryCodes.push(...((await confirmed.json()) as { recoveryCodes: string[] }).recoveryCodes);
    expect((await call('GET', '/api/staff/intakes', session)).status).toBe(200);
    expect((await call('POST', '/api/staff/logout', session)).status).toBe(204);
  }, 60_000);

  it('enrols, signs out, signs in with the password then a code; a code and a recovery code work once', async () => {
    const { secret, session, codes } = await enrol('amy@clinic.example');
    expect((await call('GET', '/api/staff/intakes', session)).status).toBe(200);
    expect((await call('POST', '/api/staff/logout', session)).status).toBe(204);

    const first = await passwordStep('amy@clinic.example');
    expect(first.body).toEqual({ mfaRequired: true });
    expect(first.session).toBeUndefined();
    // The pre-session reads nothing, whatever cookie it is sent as.
    const token = first.challenge?.split('=')[1] ?? '';
    for (const cookie of [first.challenge, `ipm_staff=${token}`]) {
      expect((await call('GET', '/api/staff/intakes', cookie)).status).toBe(401);
      expect((await call('GET', '/api/staff/me', cookie)).status).toBe(401);
    }
    const code = nextTotp(secret);
    const signedIn = await codeStep(first.challenge, code);
    expect(signedIn.status).toBe(200);
    const fresh = cookieValue(signedIn, 'ipm_staff');
    expect((await call('GET', '/api/staff/intakes', fresh)).status).toBe(200);
    expect((await call('POST', '/api/staff/logout', fresh)).status).toBe(204);

    // The same code, on a new sign-in: refused.
    const second = await passwordStep('amy@clinic.example');
    const replay = await codeStep(second.challenge, code);
    expect(replay.status).toBe(401);
    expect(await errorCode(replay)).toBe('invalid_code');

    // A recovery code, as a person might type it: once.
    const typed = ` ${(codes[0] ?? '').toUpperCase().replace('-', ' ')} `;
    const recovered = await codeStep(second.challenge, typed);
    expect(recovered.status).toBe(200);
    const third = await passwordStep('amy@clinic.example');
    const again = await codeStep(third.challenge, codes[0] ?? '');
    expect(again.status).toBe(401);

    const audit = await query<{ action: string; detail: string }>(
      store,
      `select action, detail from audit_log where actor_email = 'amy@clinic.example' order by id`,
    );
    const actions = audit.map((a) => a.action);
    expect(actions).toContain('enrolMfa');
    expect(actions).toContain('useRecoveryCode');
    expect(audit.filter((a) => a.action === 'login').map((a) => a.detail)).toEqual(
      expect.arrayContaining(['with an authenticator code', 'with a recovery code']),
    );
  }, 60_000);

  it('lets exactly one of ten requests sending the same code at once sign in', async () => {
    const { secret } = await enrol('bo@clinic.example');
    const step = await passwordStep('bo@clinic.example');
    const code = nextTotp(secret);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => codeStep(step.challenge, code)),
    );
    const statuses = answers.map((a) => a.status);
    expect(
      statuses.filter((s) => s === 200),
      statuses.join(' '),
    ).toHaveLength(1);
    for (const s of statuses) expect([200, 401, 423]).toContain(s);
  }, 60_000);

  it('locks the account after five wrong codes: the right code and the password are refused too', async () => {
    const { secret } = await enrol('cy@clinic.example');
    const step = await passwordStep('cy@clinic.example');
    const right = nextTotp(secret);
    const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 4; i++) expect((await codeStep(step.challenge, wrong)).status).toBe(401);
    const fifth = await codeStep(step.challenge, wrong);
    expect(fifth.status).toBe(423);
    expect(await errorCode(fifth)).toBe('locked');
    expect((await codeStep(step.challenge, right)).status).toBe(423);
    const byPassword = await call('POST', '/api/staff/login', undefined, {
      email: 'cy@clinic.example',
      password,
    });
    expect(byPassword.status).toBe(423);
  }, 60_000);

  it('never writes a secret or a recovery code to the logs or the audit log', async () => {
    expect(secrets.length).toBeGreaterThanOrEqual(4);
    const logs = readdirSync(logsDir)
      .filter((name) => name.startsWith(`mfa-${kind}`))
      .map((name) => readFileSync(join(logsDir, name), 'utf8'))
      .join('\n');
    expect(logs.length).toBeGreaterThan(0);
    const audit = JSON.stringify(await query(store, 'select * from audit_log'));
    for (const secret of [...secrets, ...recoveryCodes]) {
      expect(logs).not.toContain(secret);
      expect(audit).not.toContain(secret);
    }
  });
});
