import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { takeTurns, type Database, type StaffUserTable } from '../db/database';
import { challengeUser, closeChallenge, openChallenge, resetMfa, spendCode } from './mfa';
import type { SecretBox } from '../crypto/vault';
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from './passwords';
import {
  accountBucket,
  accountRule,
  addressBucket,
  addressRule,
  attemptFailed,
  attemptSucceeded,
  clearAttempts,
  countAttempt,
} from './throttle';
import { newToken, tokenHash } from './tokens';

export { newToken, tokenHash };

// Staff accounts and their sessions. Tokens are 256 random bits; only their SHA-256 is stored.

export type Role = StaffUserTable['role'];
export interface StaffUser {
  id: string;
  email: string;
  role: Role;
}

export const idleTimeoutMs = 30 * 60 * 1000;
export const absoluteTimeoutMs = 12 * 60 * 60 * 1000;
/** How stale last_seen_at may get before a request refreshes it: the inbox polls every second. */
const touchAfterMs = 60 * 1000;

export class AccountError extends Error {}

const normalise = (email: string) => email.trim().toLowerCase();

export async function countStaff(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('staff_users')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The rules for a new account's email and password, the same for set-up, the CLI and reset. */
function checkNewAccount(email: string, password: string): void {
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254)
    throw new AccountError(`"${email}" is not an email address.`);
  const problem = passwordProblem(password, email);
  if (problem) throw new AccountError(problem);
}

export async function addStaff(
  db: Kysely<Database>,
  input: { email: string; role: Role; password: string },
  now = new Date(),
): Promise<StaffUser> {
  const email = normalise(input.email);
  checkNewAccount(email, input.password);
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
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('staff_users')
      .set({ password_hash: hash, disabled: 0 })
      .where('id', '=', user.id)
      .execute();
    await trx.deleteFrom('staff_sessions').where('user_id', '=', user.id).execute();
    await clearAttempts(trx, accountBucket(email));
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
    await trx.deleteFrom('staff_mfa_challenges').where('user_id', '=', user.id).execute();
  });
}

/**
 * Turns off the second factor of the account of `emailInput` (a lost phone), ending its sessions.
 * Returns whether it had one.
 */
export async function resetSecondFactor(
  db: Kysely<Database>,
  emailInput: string,
): Promise<boolean> {
  const email = normalise(emailInput);
  const user = await db
    .selectFrom('staff_users')
    .select(['id', 'mfa_enabled'])
    .where('email', '=', email)
    .executeTakeFirst();
  if (!user) throw new AccountError(`There is no account for ${email}.`);
  await resetMfa(db, user.id);
  return user.mfa_enabled === 1;
}

export type LoginOutcome =
  | { kind: 'ok'; token: string; user: StaffUser }
  /** The right password of an account with a second factor: the code comes next (mfa.ts). */
  | { kind: 'secondFactor'; challenge: string; user: StaffUser }
  | { kind: 'invalid' }
  /**
   * Too many failures for this email (known or not): refused without checking the password, or
   * this failure was the one that locked it. `firstRefusal` is false for every refusal after the
   * first in a window.
   */
  | { kind: 'locked'; until: string; firstRefusal: boolean }
  /** Too many failures from this address. */
  | { kind: 'throttled'; until: string; firstRefusal: boolean };

/**
 * Checks a password. Every attempt is counted in the database before the password is checked, so
 * five failures within 15 minutes lock the account for 15 minutes however many arrive at once, and
 * an address that fails thirty times in 15 minutes is refused. An unknown email takes the same
 * path, checks against a decoy hash and locks the same way: nothing tells it from a known one.
 */
export async function login(
  db: Kysely<Database>,
  emailInput: string,
  password: string,
  ip: string,
  now = new Date(),
): Promise<LoginOutcome> {
  const email = normalise(emailInput);
  const account = accountBucket(email);
  const address = addressBucket(ip);
  const byAddress = await countAttempt(db, address, addressRule, now);
  if (byAddress.kind === 'refused')
    return { kind: 'throttled', until: byAddress.until, firstRefusal: byAddress.first };
  const byAccount = await countAttempt(db, account, accountRule, now);
  if (byAccount.kind === 'refused')
    return { kind: 'locked', until: byAccount.until, firstRefusal: byAccount.first };
  const user = await db
    .selectFrom('staff_users')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirst();
  const usable = user !== undefined && user.disabled === 0;
  const matches = await verifyPassword(password, usable ? user.password_hash : await decoyHash);
  if (!usable || !matches) {
    const lockedUntil = await attemptFailed(db, account, accountRule, byAccount, now);
    return lockedUntil !== undefined
      ? { kind: 'locked', until: lockedUntil, firstRefusal: true }
      : { kind: 'invalid' };
  }
  const signedIn = { id: user.id, email: user.email, role: user.role };
  // The success gives back its own count and no more: failures stay counted for their window
  // whether or not the owner signs in meanwhile, so a lock never tells that an account exists.
  // With a second factor, the right password opens only the step that asks for the code, whose
  // attempts are counted against the same account.
  const secondFactor = user.mfa_enabled === 1;
  const token = await db.transaction().execute(async (trx) => {
    await attemptSucceeded(trx, account);
    await attemptSucceeded(trx, address);
    return secondFactor
      ? openChallenge(trx, signedIn, ip, now)
      : openSession(trx, signedIn, ip, now);
  });
  return secondFactor
    ? { kind: 'secondFactor', challenge: token, user: signedIn }
    : { kind: 'ok', token, user: signedIn };
}

export type SecondStepOutcome =
  | { kind: 'ok'; token: string; user: StaffUser; with: 'totp' | 'recoveryCode' }
  /** No such step, or it ran out (5 minutes), was used, or its account was disabled. */
  | { kind: 'expired' }
  | { kind: 'invalid'; user: StaffUser }
  | { kind: 'locked'; user: StaffUser; until: string; firstRefusal: boolean }
  | { kind: 'throttled'; user: StaffUser; until: string; firstRefusal: boolean };

/**
 * The code step of a sign-in with a second factor. Each code is counted like a password, before
 * it is checked, against the same account and address: five wrong codes lock the account as five
 * wrong passwords do. A right code spends itself (see mfa.ts) and the step, and opens a session.
 */
export async function loginSecondStep(
  db: Kysely<Database>,
  box: SecretBox,
  challenge: string,
  code: string,
  ip: string,
  now = new Date(),
): Promise<SecondStepOutcome> {
  const user = await challengeUser(db, challenge, now);
  if (!user) return { kind: 'expired' };
  const account = accountBucket(user.email);
  const address = addressBucket(ip);
  const byAddress = await countAttempt(db, address, addressRule, now);
  if (byAddress.kind === 'refused')
    return { kind: 'throttled', user, until: byAddress.until, firstRefusal: byAddress.first };
  const byAccount = await countAttempt(db, account, accountRule, now);
  if (byAccount.kind === 'refused')
    return { kind: 'locked', user, until: byAccount.until, firstRefusal: byAccount.first };
  const spent = await spendCode(db, box, user.id, code, now);
  if (spent === undefined) {
    const lockedUntil = await attemptFailed(db, account, accountRule, byAccount, now);
    return lockedUntil !== undefined
      ? { kind: 'locked', user, until: lockedUntil, firstRefusal: true }
      : { kind: 'invalid', user };
  }
  const token = await db.transaction().execute(async (trx) => {
    if (!(await closeChallenge(trx, challenge, now))) return undefined;
    await attemptSucceeded(trx, account);
    await attemptSucceeded(trx, address);
    return openSession(trx, user, ip, now);
  });
  return token === undefined ? { kind: 'expired' } : { kind: 'ok', token, user, with: spent };
}

/** A new session for `user`; returns its token (only the token's hash is stored). */
export async function openSession(
  db: Kysely<Database>,
  user: StaffUser,
  ip: string,
  now = new Date(),
): Promise<string> {
  const token = newToken();
  await db
    .insertInto('staff_sessions')
    .values({
      token_hash: tokenHash(token),
      user_id: user.id,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      ip,
    })
    .execute();
  return token;
}

/** A session's member of staff, and whether their account has a second factor on. */
export interface StaffSession {
  user: StaffUser;
  mfaEnabled: boolean;
}

/** The session of a token, or undefined once idle 30 minutes or open 12 hours. */
export async function authenticate(
  db: Kysely<Database>,
  token: string,
  now = new Date(),
): Promise<StaffSession | undefined> {
  const hash = tokenHash(token);
  const row = await db
    .selectFrom('staff_sessions')
    .innerJoin('staff_users', 'staff_users.id', 'staff_sessions.user_id')
    .select([
      'staff_users.id',
      'staff_users.email',
      'staff_users.role',
      'staff_users.disabled',
      'staff_users.mfa_enabled',
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
  return {
    user: { id: row.id, email: row.email, role: row.role },
    mfaEnabled: row.mfa_enabled === 1,
  };
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

const setupLock = 0x5e7a9;

/** Why a set-up link cannot be used: it never existed, was used, or expired. */
export class SetupLinkGone extends Error {
  constructor() {
    super('This set-up link has been used or has expired. Ask an administrator for an account.');
  }
}

const setupTokenUsable = (db: Kysely<Database>, token: string, now: Date) =>
  db
    .selectFrom('setup_tokens')
    .select('token_hash')
    .where('token_hash', '=', tokenHash(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();

/**
 * Creates the first administrator with a one-time set-up token. The token is checked first (a bad
 * one costs nothing), then the email and password (a weak password does not spend the link), and
 * then, in one transaction, the token is consumed by an UPDATE that only one request can win,
 * every other open set-up link is spent with it, and the account is created: five requests racing
 * with one link make one administrator, and the others get SetupLinkGone.
 */
export async function setupFirstAdmin(
  db: Kysely<Database>,
  token: string,
  emailInput: string,
  password: string,
  now = new Date(),
): Promise<StaffUser> {
  if (!(await setupTokenUsable(db, token, now))) throw new SetupLinkGone();
  const email = normalise(emailInput);
  checkNewAccount(email, password);
  const password_hash = await hashPassword(password);
  const user = { id: randomUUID(), email, role: 'admin' as const };
  return db.transaction().execute(async (trx) => {
    // Set-ups take turns (two links spent at once would otherwise lock each other's rows on
    // PostgreSQL); SQLite's one connection already makes them.
    await takeTurns(trx, setupLock);
    const at = now.toISOString();
    const consumed = await trx
      .updateTable('setup_tokens')
      .set({ used_at: at })
      .where('token_hash', '=', tokenHash(token))
      .where('used_at', 'is', null)
      .where('expires_at', '>', at)
      .executeTakeFirst();
    if (Number(consumed.numUpdatedRows) !== 1) throw new SetupLinkGone();
    await trx
      .updateTable('setup_tokens')
      .set({ used_at: at })
      .where('used_at', 'is', null)
      .execute();
    if ((await countStaff(trx)) > 0) throw new SetupLinkGone();
    await trx
      .insertInto('staff_users')
      .values({ ...user, password_hash, disabled: 0, created_at: at })
      .execute();
    return user;
  });
}
