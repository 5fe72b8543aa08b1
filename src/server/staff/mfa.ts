import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { Database } from '../db/database';
import type { SecretBox } from '../crypto/vault';
import type { Role, StaffUser } from './accounts';
import { newToken, tokenHash } from './tokens';

// The second factor: time-based one-time codes (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps,
// what every authenticator app reads) and ten one-time recovery codes. A code is accepted one step
// either side of now, and only for a step later than the last one the account used: one
// conditional UPDATE decides, so a code sent twice, even at the same instant, works once.

/** Who must have a second factor: everyone, administrators (the default), or no one. */
export const mfaPolicies = ['required', 'admins', 'optional'] as const;
export type MfaPolicy = (typeof mfaPolicies)[number];

export const mfaRequiredFor = (policy: MfaPolicy, role: Role): boolean =>
  policy === 'required' || (policy === 'admins' && role === 'admin');

/** How long the step between a right password and the code lasts. */
export const challengeTtlMs = 5 * 60 * 1000;
export const recoveryCodeCount = 10;

const issuer = 'Intake inbox';
const totpSettings = { algorithm: 'SHA1', digits: 6, period: 30 } as const;

export class MfaError extends Error {
  constructor(
    readonly code: 'mfa_already_enabled' | 'mfa_not_started',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The time step a code was made for, within one step of `now`, or undefined when it matches none
 * (otpauth compares in constant time).
 */
export function matchingStep(secret: string, code: string, now: Date): number | undefined {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return undefined;
  const timestamp = now.getTime();
  const delta = TOTP.validate({
    token,
    secret: Secret.fromBase32(secret),
    ...totpSettings,
    timestamp,
    window: 1,
  });
  return delta === null
    ? undefined
    : TOTP.counter({ period: totpSettings.period, timestamp }) + delta;
}

/** Crockford's base32 alphabet: no I, L, O or U to misread. */
const recoveryAlphabet = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A recovery code as typed, reduced to its ten characters: spaces and dashes dropped, any case, and
 * the letters people read for digits (O for 0, I and L for 1) taken as those digits.
 */
export function normaliseRecoveryCode(typed: string): string {
  return typed
    .toLowerCase()
    .replace(/[\s\-‐-―]+/g, '')
    .replace(/o/g, '0')
    .replace(/[il]/g, '1');
}

/** Ten characters of 5 random bits each (50 bits), shown as `xxxxx-xxxxx`. */
function newRecoveryCode(): string {
  const chars = Array.from(randomBytes(10), (b) => recoveryAlphabet[b & 31]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** The stored form: SHA-256 of the account's id and the normalised code (50 random bits each). */
const recoveryHash = (userId: string, code: string) =>
  createHash('sha256')
    .update(`${userId}:${normaliseRecoveryCode(code)}`)
    .digest('hex');

export interface Enrolment {
  /** The `otpauth://totp/…` address an authenticator app reads from the QR code. */
  otpauthUrl: string;
  /** The same secret in base32, for typing in by hand. */
  secret: string;
  /** The QR code of `otpauthUrl`, as an SVG document. */
  qrSvg: string;
}

export async function mfaState(
  db: Kysely<Database>,
  userId: string,
): Promise<{ enabled: boolean; recoveryCodesLeft: number }> {
  const user = await db
    .selectFrom('staff_users')
    .select('mfa_enabled')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const left = await db
    .selectFrom('staff_recovery_codes')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { enabled: user.mfa_enabled === 1, recoveryCodesLeft: Number(left.n) };
}

/**
 * Starts (or starts again) an enrolment: a new secret, kept until a code from it confirms it. An
 * account whose second factor is on cannot enrol again here: an administrator resets it first
 * (`npm run staff -- reset-mfa`), so a stolen session cannot swap the factor for its own.
 */
export async function beginEnrolment(
  db: Kysely<Database>,
  box: SecretBox,
  user: StaffUser,
): Promise<Enrolment> {
  const secret = new Secret({ size: 20 }).base32;
  const started = await db
    .updateTable('staff_users')
    .set({ mfa_secret: box.seal(user.id, secret) })
    .where('id', '=', user.id)
    .where('mfa_enabled', '=', 0)
    .executeTakeFirst();
  if (Number(started.numUpdatedRows) !== 1)
    throw new MfaError(
      'mfa_already_enabled',
      'Two-step sign-in is already on for this account. To move it to another phone, ask an administrator to reset it (npm run staff -- reset-mfa), then set it up again.',
    );
  const otpauthUrl = new TOTP({
    issuer,
    label: user.email,
    secret: Secret.fromBase32(secret),
    ...totpSettings,
  }).toString();
  const qrSvg = await QRCode.toString(otpauthUrl, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
  return { otpauthUrl, secret, qrSvg };
}

/**
 * Confirms an enrolment with a code from the new secret: the second factor is on, and ten new
 * recovery codes are returned (their hashes stored), once. Returns undefined for a wrong code:
 * the second factor stays off.
 */
export async function confirmEnrolment(
  db: Kysely<Database>,
  box: SecretBox,
  user: StaffUser,
  code: string,
  now = new Date(),
): Promise<string[] | undefined> {
  const row = await db
    .selectFrom('staff_users')
    .select(['mfa_secret', 'mfa_enabled'])
    .where('id', '=', user.id)
    .executeTakeFirstOrThrow();
  if (row.mfa_enabled === 1)
    throw new MfaError('mfa_already_enabled', 'Two-step sign-in is already on for this account.');
  if (row.mfa_secret === null)
    throw new MfaError('mfa_not_started', 'Start setting up two-step sign-in first.');
  const sealed = row.mfa_secret;
  const step = matchingStep(box.open(user.id, sealed), code, now);
  if (step === undefined) return undefined;
  const codes = Array.from({ length: recoveryCodeCount }, newRecoveryCode);
  const at = now.toISOString();
  const confirmed = await db.transaction().execute(async (trx) => {
    // The secret the code was checked against, still off: an enrolment begun again meanwhile
    // (another tab) is not switched on by a code of the one it replaced.
    const on = await trx
      .updateTable('staff_users')
      .set({ mfa_enabled: 1, mfa_last_step: step })
      .where('id', '=', user.id)
      .where('mfa_enabled', '=', 0)
      .where('mfa_secret', '=', sealed)
      .executeTakeFirst();
    if (Number(on.numUpdatedRows) !== 1) return false;
    await trx.deleteFrom('staff_recovery_codes').where('user_id', '=', user.id).execute();
    await trx
      .insertInto('staff_recovery_codes')
      .values(
        codes.map((c) => ({
          user_id: user.id,
          code_hash: recoveryHash(user.id, c),
          created_at: at,
          used_at: null,
        })),
      )
      .execute();
    return true;
  });
  return confirmed ? codes : undefined;
}

/**
 * Checks a code for an account whose second factor is on, and spends it: a TOTP code for a step
 * later than the last used one, or an unused recovery code. Each decided by one conditional
 * UPDATE, so of any number of requests with the same code exactly one gets it.
 */
export async function spendCode(
  db: Kysely<Database>,
  box: SecretBox,
  userId: string,
  code: string,
  now = new Date(),
): Promise<'totp' | 'recoveryCode' | undefined> {
  const user = await db
    .selectFrom('staff_users')
    .select(['mfa_secret', 'mfa_enabled'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (user?.mfa_enabled !== 1 || user.mfa_secret === null) return undefined;
  // Six digits, however spaced ("123 456"), are a code from the app; anything else a recovery code.
  if (/^\d{6}$/.test(code.replace(/\s+/g, ''))) {
    const step = matchingStep(box.open(userId, user.mfa_secret), code, now);
    if (step === undefined) return undefined;
    const spent = await db
      .updateTable('staff_users')
      .set({ mfa_last_step: step })
      .where('id', '=', userId)
      .where('mfa_enabled', '=', 1)
      .where((eb) => eb.or([eb('mfa_last_step', 'is', null), eb('mfa_last_step', '<', step)]))
      .executeTakeFirst();
    return Number(spent.numUpdatedRows) === 1 ? 'totp' : undefined;
  }
  if (normaliseRecoveryCode(code).length !== 10) return undefined;
  const spent = await db
    .updateTable('staff_recovery_codes')
    .set({ used_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', recoveryHash(userId, code))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(spent.numUpdatedRows) === 1 ? 'recoveryCode' : undefined;
}

/** The step after a right password: a token for `POST /login/mfa` (its hash stored), 5 minutes. */
export async function openChallenge(
  db: Kysely<Database>,
  user: StaffUser,
  ip: string,
  now = new Date(),
): Promise<string> {
  const token = newToken();
  await db
    .insertInto('staff_mfa_challenges')
    .values({
      token_hash: tokenHash(token),
      user_id: user.id,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + challengeTtlMs).toISOString(),
      ip,
    })
    .execute();
  return token;
}

/** Whose sign-in a challenge token continues, while it lasts and the account is usable. */
export async function challengeUser(
  db: Kysely<Database>,
  token: string,
  now = new Date(),
): Promise<StaffUser | undefined> {
  const row = await db
    .selectFrom('staff_mfa_challenges')
    .innerJoin('staff_users', 'staff_users.id', 'staff_mfa_challenges.user_id')
    .select(['staff_users.id', 'staff_users.email', 'staff_users.role'])
    .where('staff_mfa_challenges.token_hash', '=', tokenHash(token))
    .where('staff_mfa_challenges.expires_at', '>', now.toISOString())
    .where('staff_users.disabled', '=', 0)
    .where('staff_users.mfa_enabled', '=', 1)
    .executeTakeFirst();
  return row && { id: row.id, email: row.email, role: row.role };
}

/** Spends a challenge: true for the one request that did. */
export async function closeChallenge(
  db: Kysely<Database>,
  token: string,
  now = new Date(),
): Promise<boolean> {
  const closed = await db
    .deleteFrom('staff_mfa_challenges')
    .where('token_hash', '=', tokenHash(token))
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return Number(closed.numDeletedRows) === 1;
}

/** Drops challenges that have run out; run from time to time. */
export async function sweepChallenges(db: Kysely<Database>, now = new Date()): Promise<void> {
  await db
    .deleteFrom('staff_mfa_challenges')
    .where('expires_at', '<=', now.toISOString())
    .execute();
}

/**
 * Turns an account's second factor off (a lost phone): the secret, the recovery codes, every open
 * session and sign-in step of the account are gone. Under a policy that asks for one, the next
 * sign-in leads to enrolment again.
 */
export async function resetMfa(db: Kysely<Database>, userId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('staff_users')
      .set({ mfa_secret: null, mfa_enabled: 0, mfa_last_step: null })
      .where('id', '=', userId)
      .execute();
    await trx.deleteFrom('staff_recovery_codes').where('user_id', '=', userId).execute();
    await trx.deleteFrom('staff_mfa_challenges').where('user_id', '=', userId).execute();
    await trx.deleteFrom('staff_sessions').where('user_id', '=', userId).execute();
  });
}
