import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../app';
import { clinicConfigSchema } from '../config';
import { addStaff, disableStaff, resetSecondFactor } from '../staff/accounts';
import type { MfaPolicy } from '../staff/mfa';
import { dialects, freshDatabase, type TestDatabase } from '../testing/databases.testing';
import { nextTotp, stepOf, totp, totpAt } from '../testing/totp.testing';

// The second factor through the staff API (app.inject), on each database: enrolment, the code
// step of a sign-in, replay, recovery codes, the lock, the policy, and the pre-session's limits.
// Codes come from the tests' own RFC 6238 (testing/totp.testing.ts), not the server's library.

const password = 'my knees ache on the stairs';
const host = 'clinic.test';
const origin = `http://${host}`;

describe.each(dialects)('two-step sign-in on %s', (kind) => {
  let database: TestDatabase;
  /** One app per policy, on the same database. */
  const apps = new Map<MfaPolicy, App>();
  const app = (policy: MfaPolicy = 'optional') => {
    const found = apps.get(policy);
    if (!found) throw new Error(`no app for ${policy}`);
    return found;
  };

  beforeAll(async () => {
    database = await freshDatabase(kind);
    for (const policy of ['optional', 'admins', 'required'] as const)
      apps.set(
        policy,
        await buildApp({
          db: database.db,
          clinic: clinicConfigSchema.parse({}),
          staffMfa: policy,
        }),
      );
  }, 30_000);
  afterAll(async () => {
    for (const a of apps.values()) await a.close();
    await database.drop();
  });

  const cookiesOf = (header: string | string[] | number | undefined) =>
    [header ?? []].flat().map(String);
  const cookieNamed = (header: string | string[] | number | undefined, name: string) =>
    cookiesOf(header).find((c) => c.startsWith(`${name}=`));

  async function post(
    url: string,
    payload: unknown,
    cookie?: string,
    policy: MfaPolicy = 'optional',
    ip = '203.0.113.9',
  ) {
    return app(policy).inject({
      method: 'POST',
      url,
      remoteAddress: ip,
      headers: { host, origin, ...(cookie && { cookie }) },
      ...(payload !== undefined && { payload: payload as object }),
    });
  }
  const get = (url: string, cookie: string, policy: MfaPolicy = 'optional') =>
    app(policy).inject({ url, headers: { host, cookie } });

  /** Signs in with the password: the session cookie, or the pre-session one with a second factor. */
  async function passwordStep(email: string, policy: MfaPolicy = 'optional') {
    const response = await post('/api/staff/login', { email, password }, undefined, policy);
    expect(response.statusCode, `sign in as ${email}`).toBe(200);
    const session = cookieNamed(response.headers['set-cookie'], 'ipm_staff');
    const challenge = cookieNamed(response.headers['set-cookie'], 'ipm_staff_mfa');
    return {
      body: response.json<Record<string, unknown>>(),
      session: session?.split(';')[0],
      challenge: challenge?.split(';')[0],
      rawChallenge: challenge,
    };
  }

  /** Adds an account, signs it in and enrols it: its secret and recovery codes. */
  async function enrolled(email: string, role: 'admin' | 'staff' = 'staff') {
    await addStaff(database.db.db, { email, role, password });
    const { session } = await passwordStep(email);
    if (!session) throw new Error('no session');
    const enrol = await post('/api/staff/mfa/enroll', undefined, session);
    expect(enrol.statusCode).toBe(200);
    const { secret } = enrol.json<{ secret: string }>();
    // Signing in afterwards takes the next step's code (nextTotp): a later step than this one.
    const confirm = await post('/api/staff/mfa/confirm', { code: totp(secret) }, session);
    expect(confirm.statusCode).toBe(200);
    return { secret, session, codes: confirm.json<{ recoveryCodes: string[] }>().recoveryCodes };
  }

  it('enrols: a QR code and the secret, a wrong code keeps it off, the right one turns it on', async () => {
    await addStaff(database.db.db, { email: 'ana@clinic.example', role: 'staff', password });
    const { session } = await passwordStep('ana@clinic.example');
    if (!session) throw new Error('no session');
    const enrol = await post('/api/staff/mfa/enroll', undefined, session);
    expect(enrol.statusCode).toBe(200);
    const { otpauthUrl, secret, qrSvg } = enrol.json<Record<string, string>>();
    const url = new URL(otpauthUrl ?? '');
    expect(url.protocol).toBe('otpauth:');
    expect(url.host).toBe('totp');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      secret,
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
    expect(decodeURIComponent(url.pathname)).toContain('ana@clinic.example');
    expect(qrSvg).toMatch(/^<svg[^>]*viewBox/);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    const stored = await database.db.db
      .selectFrom('staff_users')
      .select(['id', 'mfa_secret', 'mfa_enabled'])
      .where('email', '=', 'ana@clinic.example')
      .executeTakeFirstOrThrow();
    // Kept sealed (crypto/vault.ts), never in clear.
    expect(stored.mfa_enabled).toBe(0);
    expect(stored.mfa_secret).not.toContain(secret);
    const openSecret = (sealed: string | null) =>
      database.db.vault.staffSecrets.open(stored.id, sealed ?? '');
    expect(openSecret(stored.mfa_secret)).toBe(secret);

    const wrongCode = String((Number(totp(secret ?? '')) + 1) % 1_000_000).padStart(6, '0');
    const wrong = await post('/api/staff/mfa/confirm', { code: wrongCode }, session);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: { code: 'invalid_code' } });
    expect((await get('/api/staff/me', session)).json()).toMatchObject({
      mfa: { enabled: false },
    });
    // Still off: the password alone signs in.
    expect((await passwordStep('ana@clinic.example')).session).toBeDefined();

    const right = await post('/api/staff/mfa/confirm', { code: totp(secret ?? '') }, session);
    expect(right.statusCode).toBe(200);
    const { recoveryCodes } = right.json<{ recoveryCodes: string[] }>();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[0-9a-z]{5}-[0-9a-z]{5}$/);
    // Only their hashes are kept.
    const hashes = await database.db.db
      .selectFrom('staff_recovery_codes')
      .innerJoin('staff_users', 'staff_users.id', 'staff_recovery_codes.user_id')
      .select('code_hash')
      .where('staff_users.email', '=', 'ana@clinic.example')
      .execute();
    expect(hashes).toHaveLength(10);
    for (const { code_hash } of hashes) {
      expect(code_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(recoveryCodes.join(' ')).not.toContain(code_hash.slice(0, 10));
    }
    expect((await get('/api/staff/me', session)).json()).toMatchObject({
      mfa: { enabled: true, required: false, recoveryCodesLeft: 10 },
    });

    // Enrolling again is refused, clearly, and leaves the factor as it was.
    const again = await post('/api/staff/mfa/enroll', undefined, session);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'mfa_already_enabled' } });
    const confirmAgain = await post(
      '/api/staff/mfa/confirm',
      { code: totp(secret ?? '') },
      session,
    );
    expect(confirmAgain.statusCode).toBe(409);
    expect(
      openSecret(
        (
          await database.db.db
            .selectFrom('staff_users')
            .select('mfa_secret')
            .where('email', '=', 'ana@clinic.example')
            .executeTakeFirstOrThrow()
        ).mfa_secret,
      ),
    ).toBe(secret);
  }, 60_000);

  it('asks for the code after the password; the pre-session opens nothing else; each code works once', async () => {
    const { secret } = await enrolled('ben@clinic.example');
    const step = await passwordStep('ben@clinic.example');
    expect(step.body).toEqual({ mfaRequired: true });
    expect(step.session).toBeUndefined();
    expect(step.rawChallenge).toMatch(/Path=\/api\/staff\/login;/);
    expect(step.rawChallenge).toMatch(/Max-Age=300/);
    expect(step.rawChallenge).toMatch(/HttpOnly; Secure; SameSite=Strict/);
    const challenge = step.challenge ?? '';
    const token = challenge.split('=')[1] ?? '';
    // The pre-session is no session, under either cookie name.
    for (const cookie of [challenge, `ipm_staff=${token}`]) {
      expect((await get('/api/staff/intakes', cookie)).statusCode).toBe(401);
      expect((await get('/api/staff/me', cookie)).statusCode).toBe(401);
      expect((await post('/api/staff/mfa/enroll', undefined, cookie)).statusCode).toBe(401);
    }
    // Only its hash is stored.
    const stored = await database.db.db
      .selectFrom('staff_mfa_challenges')
      .select('token_hash')
      .execute();
    expect(stored.map((r) => r.token_hash)).not.toContain(token);

    const code = nextTotp(secret);
    const done = await post('/api/staff/login/mfa', { code }, challenge);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({
      user: { id: expect.any(String), email: 'ben@clinic.example', role: 'staff' },
    });
    const session = cookieNamed(done.headers['set-cookie'], 'ipm_staff')?.split(';')[0] ?? '';
    expect(cookieNamed(done.headers['set-cookie'], 'ipm_staff_mfa')).toMatch(/Max-Age=0/);
    expect((await get('/api/staff/intakes', session)).statusCode).toBe(200);

    // The pre-session was single use.
    const reuse = await post('/api/staff/login/mfa', { code }, challenge);
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json()).toMatchObject({ error: { code: 'mfa_sign_in_expired' } });
    // The same code on a new sign-in: refused (replay).
    const next = await passwordStep('ben@clinic.example');
    const replay = await post('/api/staff/login/mfa', { code }, next.challenge);
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ error: { code: 'invalid_code' } });
    // A code of an earlier step than the last one used, though within the window: refused.
    const earlier = await post(
      '/api/staff/login/mfa',
      { code: totpAt(secret, stepOf()) },
      next.challenge,
    );
    expect(earlier.statusCode).toBe(401);
  }, 60_000);

  it('takes a recovery code once, however it is typed', async () => {
    const { codes } = await enrolled('cai@clinic.example');
    const [first = '', second = ''] = codes;
    const typed = ` ${first.toUpperCase().replace('-', ' ')} `;
    const step = await passwordStep('cai@clinic.example');
    const used = await post('/api/staff/login/mfa', { code: typed }, step.challenge);
    expect(used.statusCode).toBe(200);
    const again = await passwordStep('cai@clinic.example');
    expect((await post('/api/staff/login/mfa', { code: first }, again.challenge)).statusCode).toBe(
      401,
    );
    // Another one, without its dash: works.
    const plain = second.replace('-', '');
    const ok = await post('/api/staff/login/mfa', { code: plain }, again.challenge);
    expect(ok.statusCode).toBe(200);
    const session = cookieNamed(ok.headers['set-cookie'], 'ipm_staff')?.split(';')[0] ?? '';
    expect((await get('/api/staff/me', session)).json()).toMatchObject({
      mfa: { enabled: true, recoveryCodesLeft: 8 },
    });
    const actions = await database.db.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('actor_email', '=', 'cai@clinic.example')
      .execute();
    expect(actions).toContainEqual({ action: 'enrolMfa', detail: expect.any(String) });
    expect(actions).toContainEqual({ action: 'useRecoveryCode', detail: '9 left' });
    expect(actions).toContainEqual({ action: 'useRecoveryCode', detail: '8 left' });
    // No secret or code in the log.
    for (const { detail } of actions) for (const code of codes) expect(detail).not.toContain(code);
  }, 60_000);

  it("refuses one account's code on another's sign-in, an expired sign-in, and a disabled account", async () => {
    const dee = await enrolled('dee@clinic.example');
    await enrolled('eli@clinic.example');
    const eli = await passwordStep('eli@clinic.example');
    const crossed = await post('/api/staff/login/mfa', { code: totp(dee.secret) }, eli.challenge);
    expect(crossed.statusCode).toBe(401);
    expect(crossed.json()).toMatchObject({ error: { code: 'invalid_code' } });

    // Five minutes later: gone.
    const late = await passwordStep('dee@clinic.example');
    await database.db.db
      .updateTable('staff_mfa_challenges')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .execute();
    const expired = await post('/api/staff/login/mfa', { code: totp(dee.secret) }, late.challenge);
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ error: { code: 'mfa_sign_in_expired' } });
    // No cookie at all: the same.
    expect((await post('/api/staff/login/mfa', { code: '123456' })).statusCode).toBe(401);

    const meanwhile = await passwordStep('dee@clinic.example');
    await disableStaff(database.db.db, 'dee@clinic.example');
    const disabled = await post(
      '/api/staff/login/mfa',
      { code: totp(dee.secret) },
      meanwhile.challenge,
    );
    expect(disabled.statusCode).toBe(401);
    expect(disabled.json()).toMatchObject({ error: { code: 'mfa_sign_in_expired' } });
  }, 60_000);

  it('lets exactly one of ten requests sending the same code at once sign in', async () => {
    const { secret } = await enrolled('fay@clinic.example');
    const step = await passwordStep('fay@clinic.example');
    const code = nextTotp(secret);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => post('/api/staff/login/mfa', { code }, step.challenge)),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    for (const s of statuses) expect([200, 401, 423]).toContain(s);
    expect(await database.db.db.selectFrom('staff_sessions').selectAll().execute()).toEqual(
      expect.arrayContaining([expect.anything()]),
    );
  }, 60_000);

  it('locks the account after five wrong codes, as after five wrong passwords', async () => {
    const { secret } = await enrolled('gus@clinic.example');
    const step = await passwordStep('gus@clinic.example');
    const right = nextTotp(secret);
    const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 4; i++)
      expect((await post('/api/staff/login/mfa', { code: wrong }, step.challenge)).statusCode).toBe(
        401,
      );
    const fifth = await post('/api/staff/login/mfa', { code: wrong }, step.challenge);
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json()).toMatchObject({ error: { code: 'locked' } });
    expect((await post('/api/staff/login/mfa', { code: right }, step.challenge)).statusCode).toBe(
      423,
    );
    const byPassword = await post('/api/staff/login', { email: 'gus@clinic.example', password });
    expect(byPassword.statusCode).toBe(423);
  }, 60_000);

  it('with STAFF_MFA=required, an account without a factor reaches enrolment and nothing else', async () => {
    await addStaff(database.db.db, { email: 'hal@clinic.example', role: 'staff', password });
    const { session = '', body } = await passwordStep('hal@clinic.example', 'required');
    expect(body).toMatchObject({ user: { email: 'hal@clinic.example' } });
    const me = await get('/api/staff/me', session, 'required');
    expect(me.json()).toMatchObject({ mfa: { enabled: false, required: true } });
    for (const url of ['/api/staff/intakes', '/api/staff/intakes.csv', '/api/staff/audit']) {
      const refused = await get(url, session, 'required');
      expect(refused.statusCode, url).toBe(403);
      expect(refused.json(), url).toMatchObject({ error: { code: 'mfa_enrolment_required' } });
    }
    // The same session under the optional policy's app would read the inbox: the policy decides.
    expect((await get('/api/staff/intakes', session, 'optional')).statusCode).toBe(200);
    const enrol = await post('/api/staff/mfa/enroll', undefined, session, 'required');
    const { secret } = enrol.json<{ secret: string }>();
    const confirm = await post(
      '/api/staff/mfa/confirm',
      { code: totp(secret) },
      session,
      'required',
    );
    expect(confirm.statusCode).toBe(200);
    expect((await get('/api/staff/intakes', session, 'required')).statusCode).toBe(200);
    const out = await post('/api/staff/logout', undefined, session, 'required');
    expect(out.statusCode).toBe(204);
  }, 60_000);

  it('with STAFF_MFA=admins, administrators must enrol and other staff need not', async () => {
    await addStaff(database.db.db, { email: 'ivy@clinic.example', role: 'admin', password });
    await addStaff(database.db.db, { email: 'jon@clinic.example', role: 'staff', password });
    const admin = await passwordStep('ivy@clinic.example', 'admins');
    expect((await get('/api/staff/intakes', admin.session ?? '', 'admins')).statusCode).toBe(403);
    const nurse = await passwordStep('jon@clinic.example', 'admins');
    expect((await get('/api/staff/intakes', nurse.session ?? '', 'admins')).statusCode).toBe(200);
    expect((await get('/api/staff/me', nurse.session ?? '', 'admins')).json()).toMatchObject({
      mfa: { enabled: false, required: false },
    });
  }, 60_000);

  it('resets a lost factor: off, sessions ended, the password alone signs in again', async () => {
    const { session } = await enrolled('kim@clinic.example');
    expect(await resetSecondFactor(database.db.db, 'KIM@clinic.example')).toBe(true);
    expect((await get('/api/staff/me', session)).statusCode).toBe(401);
    const again = await passwordStep('kim@clinic.example');
    expect(again.body).toMatchObject({ user: { email: 'kim@clinic.example' } });
    const left = await database.db.db
      .selectFrom('staff_recovery_codes')
      .innerJoin('staff_users', 'staff_users.id', 'staff_recovery_codes.user_id')
      .select('code_hash')
      .where('staff_users.email', '=', 'kim@clinic.example')
      .execute();
    expect(left).toEqual([]);
    expect(await resetSecondFactor(database.db.db, 'kim@clinic.example')).toBe(false);
  }, 60_000);
});
