import { createHmac, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unwatchFile,
  watchFile,
  writeSync,
} from 'node:fs';

// The key-encryption keys (KEKs): 32 random bytes each, never in the database. They come from
// DATA_KEY (base64 keys, comma-separated) or a key file (one base64 key a line; `#` comments).
// The first key is the current one: new data keys are wrapped with it. The others are kept to
// unwrap what is still wrapped with them, until `npm run keys -- retire <id>` removes one that
// nothing uses. A key's id is derived from the key (an HMAC of a fixed label), so the same key
// has the same id wherever it is given, and the id says nothing of the key.

export class KeyError extends Error {}

export interface Kek {
  id: string;
  key: Buffer;
}

export type KeySource = { kind: 'env'; value: string } | { kind: 'file'; path: string };

export const keyIdOf = (key: Buffer) =>
  createHmac('sha256', key).update('ipm-candidacy key id').digest('hex').slice(0, 16);

const base64Key = /^[A-Za-z0-9+/]{43}=$/;

/** A new random key in the key file's spelling. */
export const newKeyText = () => randomBytes(32).toString('base64');

export function parseKeys(text: string, where: string): Kek[] {
  const lines = text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  if (lines.length === 0) throw new KeyError(`${where} holds no key.`);
  return lines.map((line, i) => {
    if (!base64Key.test(line))
      throw new KeyError(
        `${where}: key ${i + 1} is not 32 bytes in base64 (44 characters ending in "="). Make one with: npm run keys -- new`,
      );
    const key = Buffer.from(line, 'base64');
    return { id: keyIdOf(key), key };
  });
}

/** The key file's text for these keys, the current one first. */
export const keyFileText = (keys: readonly Kek[]) =>
  `# The data keys of ipm-candidacy: the first is current. Back this file up apart from the data.\n${keys
    .map((k) => k.key.toString('base64'))
    .join('\n')}\n`;

/** Refuses a key file others may read: whoever reads it reads every patient. */
function readKeyFile(path: string): string {
  const { mode } = statSync(path);
  if (process.platform !== 'win32' && (mode & 0o077) !== 0)
    throw new KeyError(
      `The key file ${path} may be read by other users (mode ${(mode & 0o777).toString(8)}): make it private with chmod 600 ${path}.`,
    );
  return readFileSync(path, 'utf8');
}

/** Writes the key file whole or not at all: a temporary file, synced, then renamed over it. */
export function writeKeyFile(path: string, keys: readonly Kek[]): void {
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, keyFileText(keys));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}

/**
 * Creates the key file with one new key if it does not exist; true when it did not. `wx`: of two
 * servers starting at once, one creates it and the other reads it.
 */
export function createKeyFileIfMissing(path: string): boolean {
  if (existsSync(path)) return false;
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, keyFileText(parseKeys(newKeyText(), 'new key')));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

export class Keyring {
  #keys: Kek[];
  #lastReload = 0;

  constructor(
    readonly source: KeySource,
    keys?: Kek[],
  ) {
    this.#keys = keys ?? Keyring.read(source);
  }

  static read(source: KeySource): Kek[] {
    return source.kind === 'env'
      ? parseKeys(source.value, 'DATA_KEY')
      : parseKeys(readKeyFile(source.path), `The key file ${source.path}`);
  }

  /** The key new data keys are wrapped with. */
  get current(): Kek {
    const [current] = this.#keys;
    if (!current) throw new KeyError('No data key.');
    return current;
  }

  get keys(): readonly Kek[] {
    return this.#keys;
  }

  /**
   * The key with this id. A key file may have changed under a running server (`npm run keys --
   * rotate` adds the new key first): a key it does not know makes it read the file again, at most
   * once a second.
   */
  find(id: string): Kek | undefined {
    const found = this.#keys.find((k) => k.id === id);
    if (found || this.source.kind !== 'file') return found;
    const now = Date.now();
    if (now - this.#lastReload < 1000) return undefined;
    this.#lastReload = now;
    this.reload();
    return this.#keys.find((k) => k.id === id);
  }

  /**
   * Follows the key file: after `npm run keys -- rotate` writes a new current key, a running
   * server wraps new intakes with it within seconds. Returns the way to stop.
   */
  watch(intervalMs = 2000): () => void {
    if (this.source.kind !== 'file') return () => undefined;
    const { path } = this.source;
    const changed = () => {
      try {
        this.reload();
      } catch {
        // Half-written or briefly missing: the rename makes it whole; the next poll reads it.
      }
    };
    watchFile(path, { interval: intervalMs, persistent: false }, changed);
    return () => unwatchFile(path, changed);
  }

  /** Reads the key file again (after a rotation by another process). */
  reload(): void {
    if (this.source.kind === 'file') this.#keys = Keyring.read(this.source);
  }
}
