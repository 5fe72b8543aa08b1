import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Contact } from '../../api/contract';
import type { Database, Db } from '../db/database';
import { isUniqueViolation } from '../db/intakes';
import { KeyError, type Keyring } from './keyring';

// Envelope encryption of what identifies or describes a patient. Each intake has its own random
// data key (AES-256-GCM); the data key is stored wrapped by a key-encryption key (KEK, see
// keyring.ts) whose id is stored beside it. Every ciphertext is bound to its row by its
// additional data: one moved to another row, or to another column, does not open. Names are
// searched through a blind index: an HMAC, under a key of its own (stored wrapped like the data
// keys), of each word of the name, lower-cased and without accents.

const algorithm = 'aes-256-gcm';
const ivBytes = 12;
const tagBytes = 16;

/**
 * Random bytes from a pool filled 16 KB at a time: each call to the system's generator costs far
 * more than the bytes (it was the largest single cost of storing an intake), so, as Node does for
 * randomUUID, many keys and IVs are cut from one draw. Each byte is handed out once.
 */
const pool = { bytes: Buffer.alloc(0), at: 0 };
export function freshBytes(n: number): Buffer {
  if (pool.at + n > pool.bytes.length) {
    pool.bytes = randomBytes(Math.max(16 * 1024, n));
    pool.at = 0;
  }
  const out = Buffer.from(pool.bytes.subarray(pool.at, pool.at + n));
  pool.bytes.fill(0, pool.at, pool.at + n);
  pool.at += n;
  return out;
}

/** AES-256-GCM: base64 of iv ‖ ciphertext ‖ tag. */
export function seal(key: Buffer, plaintext: Buffer | string, aad: string): string {
  const iv = freshBytes(ivBytes);
  const cipher = createCipheriv(algorithm, key, iv);
  cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64');
}

export function open(key: Buffer, sealed: string, aad: string): Buffer {
  const bytes = Buffer.from(sealed, 'base64');
  if (bytes.length < ivBytes + tagBytes) throw new KeyError('A ciphertext is cut short.');
  const decipher = createDecipheriv(algorithm, key, bytes.subarray(0, ivBytes));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(bytes.subarray(bytes.length - tagBytes));
  return Buffer.concat([
    decipher.update(bytes.subarray(ivBytes, bytes.length - tagBytes)),
    decipher.final(),
  ]);
}

/** A data key as stored: the id of the KEK that wraps it, and the wrapped key. */
export interface WrappedKey {
  key_id: string;
  data_key: string;
}

/** What the intake's `sealed` column holds, as JSON texts (to seal). */
export interface IntakeSecrets {
  contact: string;
  answers: string;
  assessment: string;
}

/** The same, opened: parsed once, typed by whoever reads it (intakeRecord, by its ruleset). */
export interface OpenedSecrets {
  contact: Contact;
  answers: unknown;
  assessment: unknown;
}

/** Lower case, accents off, split at anything that is not a letter or digit. */
export const nameWords = (text: string): string[] =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');

/** A database opened with its vault: what the server's parts that read or write patients take. */
export type VaultedDb = Db & { vault: Vault };

/** The `data_keys` row of the name index's key; rotation rewraps it with the intakes' keys. */
export const indexPurpose = 'name-index';

/** Seals a staff member's TOTP secret (staff/mfa.ts), bound to their account. */
export interface SecretBox {
  seal: (userId: string, secret: string) => string;
  open: (userId: string, sealed: string) => string;
}

export class Vault {
  /** The staff's TOTP secrets, under a key of their own (rotated with the data keys). */
  readonly staffSecrets: SecretBox;

  constructor(
    readonly keyring: Keyring,
    private readonly indexKey: Buffer,
    staffKey: Buffer,
  ) {
    this.staffSecrets = {
      seal: (userId, secret) => seal(staffKey, secret, `staff-secret:${userId}`),
      open: (userId, sealed) => open(staffKey, sealed, `staff-secret:${userId}`).toString('utf8'),
    };
  }

  wrap(dataKey: Buffer, aad: string): WrappedKey {
    const kek = this.keyring.current;
    return { key_id: kek.id, data_key: seal(kek.key, dataKey, `data-key:${aad}`) };
  }

  unwrap(wrapped: WrappedKey, aad: string): Buffer {
    return unwrapKey(this.keyring, wrapped, aad);
  }

  /** A new intake's data key and its sealed fields. */
  sealIntake(id: string, secrets: IntakeSecrets): WrappedKey & { sealed: string; dataKey: Buffer } {
    const dataKey = freshBytes(32);
    return {
      ...this.wrap(dataKey, `intake:${id}`),
      sealed: sealIntakeWith(dataKey, id, secrets),
      dataKey,
    };
  }

  intakeKey(row: { id: string } & WrappedKey): Buffer {
    return this.unwrap(row, `intake:${row.id}`);
  }

  openIntake(row: { id: string; sealed: string } & WrappedKey): OpenedSecrets {
    return openIntakeWith(this.intakeKey(row), row);
  }

  /** The blind index of a name: one HMAC for each of its words. */
  nameTokens(...names: string[]): string[] {
    return [...new Set(names.flatMap(nameWords))].map((word) =>
      createHmac('sha256', this.indexKey).update(`name:${word}`).digest('base64url').slice(0, 22),
    );
  }
}

export function unwrapKey(keyring: Keyring, wrapped: WrappedKey, aad: string): Buffer {
  const kek = keyring.find(wrapped.key_id);
  if (!kek)
    throw new KeyError(
      `Data is wrapped with key ${wrapped.key_id}, which is not in DATA_KEY or the key file.`,
    );
  return open(kek.key, wrapped.data_key, `data-key:${aad}`);
}

export function sealIntakeWith(dataKey: Buffer, id: string, secrets: IntakeSecrets): string {
  return seal(
    dataKey,
    `{"contact":${secrets.contact},"answers":${secrets.answers},"assessment":${secrets.assessment}}`,
    `intake:${id}`,
  );
}

export function openIntakeWith(
  dataKey: Buffer,
  row: { id: string; sealed: string },
): OpenedSecrets {
  const { contact, answers, assessment } = JSON.parse(
    open(dataKey, row.sealed, `intake:${row.id}`).toString('utf8'),
  ) as OpenedSecrets;
  return { contact, answers, assessment };
}

/** A note's body, sealed with its intake's data key. */
export const sealNote = (dataKey: Buffer, note: { id: string; intake_id: string }, body: string) =>
  seal(dataKey, body, `note:${note.id}:${note.intake_id}`);

export const openNote = (
  dataKey: Buffer,
  note: { id: string; intake_id: string; sealed: string },
) => open(dataKey, note.sealed, `note:${note.id}:${note.intake_id}`).toString('utf8');

/**
 * The vault of this database: the key ring, and the name index's key, made and stored (wrapped)
 * the first time. Two servers starting at once agree on one: the second insert loses and reads.
 */
export async function openVault(db: Kysely<Database>, keyring: Keyring): Promise<Vault> {
  return new Vault(
    keyring,
    await databaseKey(db, keyring, indexPurpose),
    await databaseKey(db, keyring, staffSecretsPurpose),
  );
}

/** The `data_keys` row of the staff's TOTP secrets' key. */
export const staffSecretsPurpose = 'staff-secrets';

/**
 * A key of the database's own (the name index's, the staff secrets'), made and stored wrapped the
 * first time. Two servers starting at once agree on one: the second insert loses and reads.
 */
async function databaseKey(db: Kysely<Database>, keyring: Keyring, purpose: string) {
  const read = () =>
    db
      .selectFrom('data_keys')
      .select(['key_id', 'data_key'])
      .where('purpose', '=', purpose)
      .executeTakeFirst();
  let row = await read();
  if (!row) {
    const kek = keyring.current;
    try {
      await db
        .insertInto('data_keys')
        .values({
          purpose,
          key_id: kek.id,
          data_key: seal(kek.key, randomBytes(32), `data-key:${purpose}`),
        })
        .execute();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    row = await read();
    if (!row) throw new KeyError(`The ${purpose} key could not be stored.`);
  }
  return unwrapKey(keyring, row, purpose);
}
