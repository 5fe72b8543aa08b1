import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, StaffUserTable } from '../db/database';
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from './passwords';

// Staff accounts and their sessions. Tokens are 256 random bits; only their SHA-256 is stored.

export type Role = StaffUserTable['role'];
export interface StaffUser {
  id: string;
  email: string;
  role: Role;
}

export const maxFailedLogins = 5;
export const lockoutMs = 15 * 60 * 1000;
export const idleTimeoutMs = 30 * 60 * 1000;
export const absoluteTimeoutMs = 12 * 60 * 60 * 1000;
/** How stale last_seen_at may get before a request refreshes it: the inbox polls every second. */
const touchAfterMs = 60 * 1000;

export class AccountError extends Error {}

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');
const normalise = (email: string) => email.trim().toLowerCase();

export async function countStaff(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('staff_users')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function addStaff(
  db: Kysely<Database>,
  input: { email: string; role: Role; password: string },
  now = new Date(),
): Promise<StaffUser> {
  const email = normalise(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new AccountError(`"${input.email}" is not an email address.`);
  const problem = passwordProblem(input.password, email);
  if (problem) throw new AccountError(problem);
  const existing = await db
    .selectFrom('staff_users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst();
  if (existing) throw new AccountError(`An account for ${email} already exists.`);
  const user = { id: randomUUID(), email, role: input.role };
  await db
    .insertInto('staff_users')
    .values({
      ...user,
      password_hash: await hashPassword(input.password),
      disabled: 0,
      failed_logins: 0,
      locked_until: null,
      created_at: now.toISOString(),
    })
    .execute();
  return user;
}

export async function resetPassword(
  db: Kysely<Database>,
  emailInput: string,
  password: string,
): Promise<void> {
  const email = normalise(emailInput);
  const problem = passwordProblem(password, email);
  if (problem) throw new AccountError(problem);
  const user = await db
    .selectFrom('staff_users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst();
  if (!user) throw new AccountError(`There is no account for ${email}.`);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('staff_users')
      .set({
        password_hash: await hashPassword(password),
        failed_logins: 0,
        locked_until: null,
        disabled: 0,
      })
      .where('id', '=', user.id)
      .execute();
    await trx.deleteFrom('staff_sessions').where('user_id', '=', user.id).execute();
  });
}

export async function disableStaff(db: Kysely<Database>, emailInput: string): Promise<void> {
  const email = normalise(emailInput);
  const user = await db
    .selectFrom('staff_users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst();
  if (!user) throw new AccountError(`There is no account for ${email}.`);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('staff_users').set({ disabled: 1 }).where('id', '=', user.id).execute();
    await trx.deleteFrom('staff_sessions').where('user_id', '=', user.id).execute();
  });
}

export type LoginOutcome =
  | { kind: 'ok'; token: string; user: StaffUser }
  | { kind: 'invalid' }
  | { kind: 'locked'; until: string };

/** Checks a password; five failures lock the account for 15 minutes; success opens a new session. */
export async function login(
  db: Kysely<Database>,
  emailInput: string,
  password: string,
  ip: string,
  now = new Date(),
): Promise<LoginOutcome> {
  const email = normalise(emailInput);
  const user = await db
    .selectFrom('staff_users')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirst();
  if (!user || user.disabled === 1) {
    await verifyPassword(password, await decoyHash);
    return { kind: 'invalid' };
  }
  if (user.locked_until !== null && user.locked_until > now.toISOString())
    return { kind: 'locked', until: user.locked_until };
  if (!(await verifyPassword(password, user.password_hash))) {
    const failures = user.failed_logins + 1;
    const lock = failures >= maxFailedLogins;
    await db
      .updateTable('staff_users')
      .set({
        failed_logins: lock ? 0 : failures,
        locked_until: lock ? new Date(now.getTime() + lockoutMs).toISOString() : null,
      })
      .where('id', '=', user.id)
      .execute();
    return lock
      ? { kind: 'locked', until: new Date(now.getTime() + lockoutMs).toISOString() }
      : { kind: 'invalid' };
  }
  const token = newToken();
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('staff_users')
      .set({ failed_logins: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
    await trx
      .insertInto('staff_sessions')
      .values({
        token_hash: tokenHash(token),
        user_id: user.id,
        created_at: now.toISOString(),
        last_seen_at: now.toISOString(),
        ip,
      })
      .execute();
  });
  return { kind: 'ok', token, user: { id: user.id, email: user.email, role: user.role } };
}

/** The signed-in user for a session token, or undefined once idle 30 minutes or open 12 hours. */
export async function authenticate(
  db: Kysely<Database>,
  token: string,
  now = new Date(),
): Promise<StaffUser | undefined> {
  const hash = tokenHash(token);
  const row = await db
    .selectFrom('staff_sessions')
    .innerJoin('staff_users', 'staff_users.id', 'staff_sessions.user_id')
    .select([
      'staff_users.id',
      'staff_users.email',
      'staff_users.role',
      'staff_users.disabled',
      'staff_sessions.created_at',
      'staff_sessions.last_seen_at',
    ])
    .where('staff_sessions.token_hash', '=', hash)
    .executeTakeFirst();
  if (!row) return undefined;
  const t = now.getTime();
  const expired =
    t - Date.parse(row.last_seen_at) >= idleTimeoutMs ||
    t - Date.parse(row.created_at) >= absoluteTimeoutMs;
  if (expired || row.disabled === 1) {
    await db.deleteFrom('staff_sessions').where('token_hash', '=', hash).execute();
    return undefined;
  }
  if (t - Date.parse(row.last_seen_at) >= touchAfterMs) {
    await db
      .updateTable('staff_sessions')
      .set({ last_seen_at: now.toISOString() })
      .where('token_hash', '=', hash)
      .execute();
  }
  return { id: row.id, email: row.email, role: row.role };
}

export async function logout(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('token_hash', '=', tokenHash(token)).execute();
}

/** A one-time link token to create the first administrator; valid for 24 hours. */
export async function createSetupToken(db: Kysely<Database>, now = new Date()): Promise<string> {
  const token = newToken();
  await db
    .insertInto('setup_tokens')
    .values({
      token_hash: tokenHash(token),
      expires_at: new Date(now.getTime() + 24 * 60 * 60 * 1000).toISOString(),
      used_at: null,
    })
    .execute();
  return token;
}

/** Creates the first administrator with a setup token, once, and only while there is no staff. */
export async function setupFirstAdmin(
  db: Kysely<Database>,
  token: string,
  email: string,
  password: string,
  now = new Date(),
): Promise<StaffUser> {
  const row = await db
    .selectFrom('setup_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash(token))
    .executeTakeFirst();
  if (!row || row.used_at !== null || row.expires_at <= now.toISOString())
    throw new AccountError('This set-up link is not valid any more.');
  if ((await countStaff(db)) > 0) throw new AccountError('An administrator already exists.');
  const user = await addStaff(db, { email, role: 'admin', password }, now);
  await db
    .updateTable('setup_tokens')
    .set({ used_at: now.toISOString() })
    .where('token_hash', '=', row.token_hash)
    .execute();
  return user;
}
