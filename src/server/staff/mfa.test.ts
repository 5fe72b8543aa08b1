import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaff } from './accounts';
import {
  beginEnrolment,
  challengeUser,
  confirmEnrolment,
  matchingStep,
  mfaRequiredFor,
  normaliseRecoveryCode,
  openChallenge,
  spendCode,
  sweepChallenges,
} from './mfa';
import { dialects, freshDatabase, type TestDatabase } from '../testing/databases.testing';
import { totpAt } from '../testing/totp.testing';

// The pieces of the second factor, with the clock given: the ±1 step window, replay by step, the
// 5-minute sign-in step, recovery code typing, and who the policy asks.

const t0 = new Date('2026-11-30T09:00:10.000Z');
const step0 = Math.floor(t0.getTime() / 30_000);
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('TOTP codes', () => {
  // RFC 6238 appendix B's SHA-1 secret ("12345678901234567890"), in base32.
  const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
  it("agree with RFC 6238's own test vectors (the last six digits)", () => {
    expect(matchingStep(rfcSecret, '287082', new Date(59_000))).toBe(1);
    expect(matchingStep(rfcSecret, '081804', new Date(1_111_111_109_000))).toBe(37_037_036);
    expect(matchingStep(rfcSecret, '279037', new Date(2_000_000_000_000))).toBe(66_666_666);
  });
  it('accept one step either side of now, and no further', () => {
    for (const offset of [-1, 0, 1])
      expect(matchingStep(rfcSecret, totpAt(rfcSecret, step0 + offset), t0)).toBe(step0 + offset);
    for (const offset of [-2, 2]) {
      const code = totpAt(rfcSecret, step0 + offset);
      // (Skip the rare offset whose code happens to equal a code inside the window.)
      const inside = [-1, 0, 1].map((o) => totpAt(rfcSecret, step0 + o));
      if (!inside.includes(code)) expect(matchingStep(rfcSecret, code, t0)).toBeUndefined();
    }
    expect(matchingStep(rfcSecret, ` ${totpAt(rfcSecret, step0)} `, t0)).toBe(step0);
    expect(matchingStep(rfcSecret, 'abcdef', t0)).toBeUndefined();
    expect(matchingStep(rfcSecret, '12345', t0)).toBeUndefined();
  });
});

describe('recovery codes as typed', () => {
  it('drop spaces and dashes, ignore case, and read O as 0 and I or L as 1', () => {
    expect(normaliseRecoveryCode('ab3c4-d5e6f')).toBe('ab3c4d5e6f');
    expect(normaliseRecoveryCode(' AB3C4 D5E6F ')).toBe('ab3c4d5e6f');
    expect(normaliseRecoveryCode('ab3c4–d5e6f')).toBe('ab3c4d5e6f');
    expect(normaliseRecoveryCode('O1IL0-oilx9')).toBe('01110011x9');
  });
});

describe('the policy', () => {
  it('asks everyone, administrators only, or no one', () => {
    expect(mfaRequiredFor('required', 'staff')).toBe(true);
    expect(mfaRequiredFor('admins', 'admin')).toBe(true);
    expect(mfaRequiredFor('admins', 'staff')).toBe(false);
    expect(mfaRequiredFor('optional', 'admin')).toBe(false);
  });
});

describe.each(dialects)('the second factor stored on %s', (kind) => {
  let database: TestDatabase;
  const db = () => database.db.db;
  const box = () => database.db.vault.staffSecrets;
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(() => database.drop());

  it('spends each step once and never an earlier one, and each recovery code once', async () => {
    const user = await addStaff(db(), {
      email: 'lea@clinic.example',
      role: 'staff',
      password: 'my knees ache on the stairs',
    });
    const { secret } = await beginEnrolment(db(), box(), user);
    expect(await spendCode(db(), box(), user.id, totpAt(secret, step0), t0)).toBeUndefined(); // not on yet
    const codes = await confirmEnrolment(db(), box(), user, totpAt(secret, step0 - 1), t0);
    expect(codes).toHaveLength(10);
    expect(await spendCode(db(), box(), user.id, totpAt(secret, step0 - 1), t0)).toBeUndefined();
    const spaced = totpAt(secret, step0 + 1).replace(/^(\d{3})/, '$1 ');
    expect(await spendCode(db(), box(), user.id, spaced, t0)).toBe('totp');
    // The clock's step is behind the one used: the current code is refused until a later one.
    expect(await spendCode(db(), box(), user.id, totpAt(secret, step0), t0)).toBeUndefined();
    expect(await spendCode(db(), box(), user.id, totpAt(secret, step0 + 2), at(30_000))).toBe(
      'totp',
    );
    const [code = ''] = codes ?? [];
    expect(await spendCode(db(), box(), user.id, code.toUpperCase(), t0)).toBe('recoveryCode');
    expect(await spendCode(db(), box(), user.id, code, t0)).toBeUndefined();
    expect(await spendCode(db(), box(), user.id, 'zzzzz-zzzzz', t0)).toBeUndefined();
    // The secret is sealed at rest, bound to its account: not in clear, and not usable by another.
    const stored = await db()
      .selectFrom('staff_users')
      .select('mfa_secret')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(stored.mfa_secret).not.toContain(secret);
    expect(box().open(user.id, stored.mfa_secret ?? '')).toBe(secret);
    expect(() => box().open('someone-else', stored.mfa_secret ?? '')).toThrow();
  });

  it('keeps a sign-in step for 5 minutes, for its own account only', async () => {
    const user = await addStaff(db(), {
      email: 'max@clinic.example',
      role: 'staff',
      password: 'my knees ache on the stairs',
    });
    const { secret } = await beginEnrolment(db(), box(), user);
    await confirmEnrolment(db(), box(), user, totpAt(secret, step0), t0);
    const token = await openChallenge(db(), user, '127.0.0.1', t0);
    expect(await challengeUser(db(), token, at(5 * 60_000 - 1))).toEqual(user);
    expect(await challengeUser(db(), token, at(5 * 60_000))).toBeUndefined();
    expect(await challengeUser(db(), 'not-a-token', t0)).toBeUndefined();
    await sweepChallenges(db(), at(5 * 60_000));
    expect(await challengeUser(db(), token, t0)).toBeUndefined();
  });
});
