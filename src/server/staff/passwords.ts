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

// Passwords that appear at the top of every breach list, padded to 12 characters or longer.
const common = new Set([
  'password1234',
  'password12345',
  'password123456',
  'passwordpassword',
  '123456789012',
  '1234567890123',
  '12345678901234',
  'qwertyuiop12',
  'qwertyuiopasdf',
  'qwerty123456',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'welcome123456',
  'admin1234567',
  'administrator',
  'changeme1234',
  'abc123456789',
  'football1234',
  'monkey123456',
  'sunshine1234',
  'trustno11234',
  '111111111111',
  '000000000000',
  'aaaaaaaaaaaa',
]);

/** Characters as a person counts them (code points, so an emoji is one). */
function length(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Why a new password is refused, or undefined when it is acceptable. No composition rules. */
export function passwordProblem(password: string, email?: string): string | undefined {
  if (length(password) < 12)
    return 'Use at least 12 characters; a few words make a good passphrase.';
  if (length(password) > 256) return 'Use at most 256 characters.';
  const lower = password.toLowerCase();
  if (common.has(lower) || /^(.)\1+$/.test(password))
    return 'This password is too common. Choose another.';
  if (email !== undefined && lower.includes(email.toLowerCase().split('@')[0] ?? '\u0000')) {
    return 'Do not use your email address in your password.';
  }
  return undefined;
}
