import { userInfo } from 'node:os';
import { ConfigError, loadConfig, type ServerConfig } from './config';
import { KeyError } from './crypto/keyring';
import type { VaultedDb } from './crypto/vault';
import { openDatabase } from './db/open';

// What the server and the commands (npm run staff, keys, backup, purge) share: the settings, the
// database opened with its keys, and the words they print about them.

/** Changes made by a command are audited as the command line's, from this machine's user. */
export const fromCli = {
  actor: { id: null, email: `command line (${userInfo().username})` },
  ip: 'local',
} as const;

/** The settings, or undefined once the problems are printed. */
export function settingsOrSay(): ServerConfig | undefined {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return undefined;
  }
}

export const keyCreatedMessage = (path: string) =>
  [
    '',
    '################################################################################',
    `  A new data key was made: ${path}`,
    "  It encrypts every patient's details. BACK IT UP NOW, apart from the data and its",
    '  backups (a password manager, a sealed envelope): without it no backup can be',
    '  read, and whoever holds both it and a copy of the data can read the data.',
    '################################################################################',
    '',
  ].join('\n');

/**
 * The database with its vault; the sealing of an earlier release's intakes shown as it goes (a
 * line at most every 2 seconds). Undefined once a key problem is printed.
 */
export async function openOrSay(config: ServerConfig): Promise<VaultedDb | undefined> {
  let shownAt = 0;
  try {
    return await openDatabase(config.db, config.dataKey, {
      onKeyCreated: (path) => console.log(keyCreatedMessage(path)),
      onProgress: (done, total) => {
        if (done === total || Date.now() - shownAt > 2000) {
          shownAt = Date.now();
          console.log(`Encrypting stored intakes: ${done} of ${total}`);
        }
      },
    });
  } catch (error) {
    if (!(error instanceof KeyError)) throw error;
    console.error(error.message);
    return undefined;
  }
}
