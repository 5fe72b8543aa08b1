import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, freshDatabase, type TestDatabase } from '../testing/databases.testing';
import {
  AccountError,
  addStaff,
  authenticate,
  createSetupToken,
  disableStaff,
  login,
  logout,
  resetPassword,
  SetupLinkGone,
  countStaff,
  setupFirstAdmin,
  tokenHash,
} from './accounts';

const password = 'my knees ache on the stairs';
const t0 = new Date('2026-11-28T09:00:00.000Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

describe.each(dialects)('staff accounts on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(async () => {
    await database.drop();
  });
  const db = () => database.db.db;

  it('creates the first administrator once with the one-time set-up link', async () => {
    const token = await createSetupToken(db(), t0);
    await expect(setupFirstAdmin(db(), token, 'Admin@Clinic.example', 'short', t0)).rejects.toThrow(
      AccountError,
    );
    const admin = await setupFirstAdmin(db(), token, 'Admin@Clinic.example', password, t0);
    expect(admin).toMatchObject({ email: 'admin@clinic.example', role: 'admin' });
    await expect(
      setupFirstAdmin(db(), token, 'other@clinic.example', password, t0),
    ).rejects.toThrow(SetupLinkGone);
    // A link made before the first administrator existed is spent with it; one made after does
    // not make a second.
    const second = await createSetupToken(db(), t0);
    await expect(
      setupFirstAdmin(db(), second, 'other@clinic.example', password, t0),
    ).rejects.toThrow(SetupLinkGone);
    const expired = await createSetupToken(db(), t0);
    await expect(
      setupFirstAdmin(db(), expired, 'other@clinic.example', password, later(24 * 60 * 60_000)),
    ).rejects.toThrow(SetupLinkGone);
    expect(await countStaff(db())).toBe(1);
  });

  it('signs in with a new 256-bit token each time, storing only its hash', async () => {
    await addStaff(db(), { email: 'nurse@clinic.example', role: 'staff', password }, t0);
    const first = await login(db(), 'nurse@clinic.example', password, '127.0.0.1', t0);
    const second = await login(db(), 'NURSE@clinic.example', password, '127.0.0.1', t0);
    if (first.kind !== 'ok' || second.kind !== 'ok') throw new Error('login failed');
    expect(first.token).not.toBe(second.token);
    expect(Buffer.from(first.token, 'base64url')).toHaveLength(32);
    const stored = await db().selectFrom('staff_sessions').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).toContain(tokenHash(first.token));
    expect(stored.map((s) => s.token_hash)).not.toContain(first.token);
    expect(await authenticate(db(), first.token, t0)).toMatchObject({
      user: { email: 'nurse@clinic.example', role: 'staff' },
      mfaEnabled: false,
    });
    await logout(db(), first.token);
    expect(await authenticate(db(), first.token, t0)).toBeUndefined();
  });

  it('ends a session after 30 idle minutes, and after 12 hours however busy', async () => {
    const idle = await login(db(), 'nurse@clinic.example', password, '127.0.0.1', t0);
    if (idle.kind !== 'ok') throw new Error('login failed');
    expect(await authenticate(db(), idle.token, later(29 * 60_000))).toBeDefined();
    expect(await authenticate(db(), idle.token, later(59 * 60_000 + 1))).toBeUndefined();

    const busy = await login(db(), 'nurse@clinic.example', password, '127.0.0.1', t0);
    if (busy.kind !== 'ok') throw new Error('login failed');
    for (let minutes = 25; minutes < 12 * 60; minutes += 25) {
      expect(await authenticate(db(), busy.token, later(minutes * 60_000))).toBeDefined();
    }
    expect(await authenticate(db(), busy.token, later(12 * 60 * 60_000))).toBeUndefined();
  });

  it('locks an account for 15 minutes after 5 failed logins, even for the right password', async () => {
    await addStaff(db(), { email: 'front@clinic.example', role: 'staff', password }, t0);
    for (let i = 0; i < 4; i++)
      expect((await login(db(), 'front@clinic.example', 'wrong password!!', 'x', t0)).kind).toBe(
        'invalid',
      );
    expect((await login(db(), 'front@clinic.example', 'wrong password!!', 'x', t0)).kind).toBe(
      'locked',
    );
    expect(
      (await login(db(), 'front@clinic.example', password, 'x', later(14 * 60_000))).kind,
    ).toBe('locked');
    expect(
      (await login(db(), 'front@clinic.example', password, 'x', later(15 * 60_000 + 1))).kind,
    ).toBe('ok');
  });

  it('reset and disable end every open session', async () => {
    const session = await login(db(), 'front@clinic.example', password, 'x', later(16 * 60_000));
    if (session.kind !== 'ok') throw new Error('login failed');
    await resetPassword(db(), 'front@clinic.example', 'a brand new passphrase');
    expect(await authenticate(db(), session.token, later(16 * 60_000))).toBeUndefined();
    await disableStaff(db(), 'front@clinic.example');
    expect(
      (await login(db(), 'front@clinic.example', 'a brand new passphrase', 'x', later(17 * 60_000)))
        .kind,
    ).toBe('invalid');
  });

  it('refuses unknown accounts the same way as wrong passwords', async () => {
    expect(await login(db(), 'nobody@clinic.example', password, 'x', t0)).toEqual({
      kind: 'invalid',
    });
  });
});
