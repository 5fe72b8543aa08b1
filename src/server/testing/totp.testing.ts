import { createHmac } from 'node:crypto';

// RFC 6238 written out for the tests (HMAC-SHA1, 6 digits, 30-second steps) with node:crypto
// alone: the codes the tests send do not come from the library the server checks them with.

/** RFC 4648 base32 (no padding) to bytes. */
export function base32Bytes(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text.replace(/=+$/, '').toUpperCase()) {
    const index = alphabet.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The code of time step `step` (RFC 4226's dynamic truncation). */
export function totpAt(secretBase32: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32Bytes(secretBase32)).update(counter).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

/** The time step of a moment: whole 30-second periods since the Unix epoch. */
export const stepOf = (at: Date | number = Date.now()) =>
  Math.floor((typeof at === 'number' ? at : at.getTime()) / 30_000);

/** The code an authenticator app shows at `at` (now by default). */
export const totp = (secretBase32: string, at: Date | number = Date.now()) =>
  totpAt(secretBase32, stepOf(at));

/**
 * The code of the next step: accepted now (one step either side), and later than the step of any
 * code sent before it, so a test can confirm with `totp()` and sign in with this one at once.
 * (Codes of the step before now would fail once a slow request crosses a step boundary.)
 */
export const nextTotp = (secretBase32: string) => totpAt(secretBase32, stepOf() + 1);
