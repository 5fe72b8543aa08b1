import { randomInt } from 'node:crypto';

// Readable references such as K7M-4Q2: no 0/O, 1/I/L, so they can be read out on the phone.
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newReference(): string {
  const pick = () => alphabet[randomInt(alphabet.length)] ?? 'A';
  return `${pick()}${pick()}${pick()}-${pick()}${pick()}${pick()}`;
}
