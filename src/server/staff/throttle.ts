import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database';

// Sign-in throttling whose state lives in the database, so it holds under concurrency and across
// instances on one PostgreSQL. An attempt is counted *before* the password is checked (one atomic
// upsert), and the count is given back only when the attempt succeeds: ten guesses sent at once
// are ten counts, so at most `max` of them are ever checked against the hash.

export interface ThrottleRule {
  /** How many attempts the window allows. */
  max: number;
  windowMs: number;
  /** Once `max` attempts failed, refuse every attempt for this long (an account lock). */
  lockMs?: number;
}

/** Five failed sign-ins within 15 minutes lock the account (known or not) for 15 minutes. */
export const accountRule: ThrottleRule = {
  max: 5,
  windowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
};

/** Thirty failed sign-ins from one address within 15 minutes, whichever accounts they named. */
export const addressRule: ThrottleRule = { max: 30, windowMs: 15 * 60 * 1000 };

/** The account's bucket: a hash of the normalised email, so unknown emails are kept alike. */
export const accountBucket = (email: string) =>
  `account:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`;
/**
 * The address's bucket. An IPv6 client usually holds a whole /64, so its first 64 bits are the
 * address; an IPv4-mapped IPv6 address is its IPv4 address.
 */
export function addressBucket(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return `address:${mapped[1]}`;
  if (!ip.includes(':')) return `address:${ip}`;
  const [head = '', tail] = (ip.toLowerCase().split('%')[0] ?? '').split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  const prefix = groups
    .slice(0, 4)
    .map((g) => (Number.parseInt(g, 16) || 0).toString(16))
    .join(':');
  return `address:${prefix}::/64`;
}

export type Attempt =
  /** Go on and check the password; `nth` counts this attempt among the window's unsettled ones. */
  | { kind: 'allowed'; nth: number }
  /** `first`: the window's first refusal (later ones are not worth an audit entry each). */
  | { kind: 'refused'; until: string; first: boolean };

/** Counts one attempt against `bucket`, atomically, and says whether it may go on. */
export async function countAttempt(
  db: Kysely<Database>,
  bucket: string,
  rule: ThrottleRule,
  now = new Date(),
): Promise<Attempt> {
  const at = now.toISOString();
  const windowStart = new Date(now.getTime() - rule.windowMs).toISOString();
  // A new window starts when the old one has passed, or when a lock has run out.
  const restart = sql<boolean>`(login_throttle.locked_until is not null and login_throttle.locked_until <= ${at})
    or (login_throttle.locked_until is null and login_throttle.window_start <= ${windowStart})`;
  const row = await db
    .insertInto('login_throttle')
    .values({ bucket, hits: 1, window_start: at, locked_until: null })
    .onConflict((oc) =>
      oc.column('bucket').doUpdateSet({
        hits: sql<number>`case when ${restart} then 1 else login_throttle.hits + 1 end`,
        window_start: sql<string>`case when ${restart} then ${at} else login_throttle.window_start end`,
        locked_until: sql<
          string | null
        >`case when ${restart} then null else login_throttle.locked_until end`,
      }),
    )
    .returning(['hits', 'window_start', 'locked_until'])
    .executeTakeFirstOrThrow();
  const { hits } = row;
  const first = hits === rule.max + 1;
  if (row.locked_until !== null && row.locked_until > at)
    return { kind: 'refused', until: row.locked_until, first };
  if (hits > rule.max) {
    const until =
      rule.lockMs !== undefined
        ? new Date(now.getTime() + rule.lockMs).toISOString()
        : new Date(Date.parse(row.window_start) + rule.windowMs).toISOString();
    return { kind: 'refused', until, first };
  }
  return { kind: 'allowed', nth: hits };
}

/**
 * An attempt counted by `countAttempt` failed. Returns the lock's end when this failure reached
 * the rule's limit, and sets it once in the database.
 */
export async function attemptFailed(
  db: Kysely<Database>,
  bucket: string,
  rule: ThrottleRule,
  attempt: { nth: number },
  now = new Date(),
): Promise<string | undefined> {
  if (rule.lockMs === undefined || attempt.nth < rule.max) return undefined;
  const until = new Date(now.getTime() + rule.lockMs).toISOString();
  await db
    .updateTable('login_throttle')
    .set({ locked_until: until })
    .where('bucket', '=', bucket)
    .where((eb) =>
      eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now.toISOString())]),
    )
    .execute();
  return until;
}

/** An attempt succeeded: it does not count against the address. */
export async function attemptSucceeded(db: Kysely<Database>, bucket: string): Promise<void> {
  await db
    .updateTable('login_throttle')
    .set((eb) => ({ hits: eb('hits', '-', 1) }))
    .where('bucket', '=', bucket)
    .where('hits', '>', 0)
    .execute();
}

/** Forgets a bucket: the account signed in, or its password was reset. */
export async function clearAttempts(db: Kysely<Database>, bucket: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('bucket', '=', bucket).execute();
}

/** Drops the rows whose window and lock have both passed; run from time to time. */
export async function sweepAttempts(
  db: Kysely<Database>,
  now = new Date(),
  longestWindowMs = Math.max(accountRule.windowMs, addressRule.windowMs),
): Promise<void> {
  const at = now.toISOString();
  await db
    .deleteFrom('login_throttle')
    .where('window_start', '<=', new Date(now.getTime() - longestWindowMs).toISOString())
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', at)]))
    .execute();
}
