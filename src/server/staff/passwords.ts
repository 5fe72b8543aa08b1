import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as es from '@zxcvbn-ts/language-es-es';
import {
  randomBytes,
  scrypt as scryptCallback,
  timingSafeEqual,
  type ScryptOptions,
} from 'node:crypto';

// Staff passwords: scrypt with N=2^17, r=8, p=1 (about 128 MiB and a few hundred milliseconds a
// hash), a 16-byte random salt, stored as `scrypt$17$8$1$<salt>$<hash>` in base64url.

const params = { log2N: 17, r: 8, p: 1, keyLength: 32 };

function scrypt(
  password: string,
  salt: Buffer,
  options: ScryptOptions,
  keyLength: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize('NFKC'), salt, keyLength, options, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

const optionsFor = (log2N: number, r: number, p: number): ScryptOptions => ({
  N: 2 ** log2N,
  r,
  p,
  maxmem: 256 * 1024 * 1024,
});

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(
    password,
    salt,
    optionsFor(params.log2N, params.r, params.p),
    params.keyLength,
  );
  return [
    'scrypt',
    params.log2N,
    params.r,
    params.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, log2N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !log2N || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scrypt(
    password,
    Buffer.from(salt, 'base64url'),
    optionsFor(Number(log2N), Number(r), Number(p)),
    expected.length,
  );
  return timingSafeEqual(key, expected);
}

/** A hash to compare against when the account does not exist, so timing does not tell. */
export const decoyHash = hashPassword(randomBytes(16).toString('hex'));

// Strength is estimated by zxcvbn-ts with its common-password, English and Spanish dictionaries:
// it sees through the patterns people use to satisfy rules (a word, a year and "!!"), which a
// list of banned passwords cannot. A score of 4 of 4 is asked for: at least 10^10 guesses. Score 3
// (10^8) still lets `Summer2024!!` and `Welcome2024!!` through, and a stolen scrypt hash must
// hold against an offline attack, not only a throttled sign-in form.
const minimumScore = 4;

let estimator: ZxcvbnFactory | undefined;
function strength(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary, ...es.dictionary },
    // The estimate grows with the length; past this, the first 100 characters decide.
    maxLength: 100,
  });
  return estimator;
}

/** Characters as a person counts them (code points, so an emoji is one). */
function length(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

const example = 'lamp orbit velvet tundra';
const advice = `A passphrase of four or more unrelated words works well, for example "${example}" (but not that one).`;

/**
 * Why a new password is refused, or undefined when it is acceptable: at least 12 characters, and
 * hard to guess. No composition rules. The same rule for the set-up page, the CLI and reset.
 */
export function passwordProblem(password: string, email?: string): string | undefined {
  if (length(password) < 12) return `Use at least 12 characters. ${advice}`;
  if (length(password) > 256) return 'Use at most 256 characters.';
  const local = email?.toLowerCase().split('@')[0] ?? '';
  const userInputs = [
    ...(email ? [email.toLowerCase(), local, ...local.split(/[^a-z0-9]+/)] : []),
    'clinic',
    'pain',
    'staff',
    'admin',
    'intake',
    // The example the advice gives is known to everyone who reads it.
    example,
  ].filter((word) => word.length >= 3);
  const result = strength().check(password, userInputs);
  if (result.score >= minimumScore) return undefined;
  const warning = result.feedback.warning?.replace(/\.$/, '');
  const why = warning ? ` (${warning.charAt(0).toLowerCase()}${warning.slice(1)})` : '';
  return `This password is too easy to guess${why}. ${advice}`;
}
