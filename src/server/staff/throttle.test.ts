import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, freshDatabase, type TestDatabase } from '../testing/databases.testing';
import {
  accountRule,
  addressBucket,
  addressRule,
  attemptFailed,
  attemptSucceeded,
  countAttempt,
  sweepAttempts,
} from './throttle';

const t0 = new Date('2026-11-29T09:00:00.000Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe.each(dialects)('sign-in counts on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(async () => {
    await database.drop();
  });
  const db = () => database.db.db;

  it('counts before checking, locks at the fifth failure, and opens again 15 minutes later', async () => {
    const bucket = 'account:test-lock';
    for (let n = 1; n <= 5; n++) {
      const attempt = await countAttempt(db(), bucket, accountRule, at(0));
      expect(attempt).toEqual({ kind: 'allowed', nth: n });
      if (attempt.kind === 'allowed') {
        const locked = await attemptFailed(db(), bucket, accountRule, attempt, at(0));
        expect(locked !== undefined).toBe(n === 5);
      }
    }
    expect(await countAttempt(db(), bucket, accountRule, at(14))).toMatchObject({
      kind: 'refused',
      first: true,
    });
    expect(await countAttempt(db(), bucket, accountRule, at(14))).toMatchObject({
      kind: 'refused',
      first: false,
    });
    expect(await countAttempt(db(), bucket, accountRule, at(15))).toEqual({
      kind: 'allowed',
      nth: 1,
    });
  });

  it('starts a new window once the old one has passed, and gives back a success', async () => {
    const bucket = 'address:192.0.2.200';
    for (let n = 0; n < addressRule.max; n++) await countAttempt(db(), bucket, addressRule, at(0));
    expect((await countAttempt(db(), bucket, addressRule, at(1))).kind).toBe('refused');
    expect(await countAttempt(db(), bucket, addressRule, at(16))).toEqual({
      kind: 'allowed',
      nth: 1,
    });
    await attemptSucceeded(db(), bucket);
    expect(await countAttempt(db(), bucket, addressRule, at(16))).toEqual({
      kind: 'allowed',
      nth: 1,
    });
  });

  it('sweeps away counts whose window and lock have passed, and keeps the rest', async () => {
    await countAttempt(db(), 'account:old', accountRule, at(-120));
    await countAttempt(db(), 'account:recent', accountRule, at(100));
    await sweepAttempts(db(), at(100));
    const left = await db().selectFrom('login_throttle').select('bucket').execute();
    expect(left.map((r) => r.bucket)).toContain('account:recent');
    expect(left.map((r) => r.bucket)).not.toContain('account:old');
  });
});

describe('the address a limit counts', () => {
  it.each([
    ['203.0.113.7', 'address:203.0.113.7'],
    ['::ffff:203.0.113.7', 'address:203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', 'address:2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', 'address:2001:db8:1:2::/64'],
    ['2001:DB8:0001:0002:ffff::1', 'address:2001:db8:1:2::/64'],
    ['2001:db8::1', 'address:2001:db8:0:0::/64'],
    ['::1', 'address:0:0:0:0::/64'],
    ['fe80::1%eth0', 'address:fe80:0:0:0::/64'],
  ])('%s counts as %s (an IPv6 client holds a whole /64)', (ip, bucket) => {
    expect(addressBucket(ip)).toBe(bucket);
  });
});
