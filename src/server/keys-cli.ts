import { setTimeout as sleep } from 'node:timers/promises';
import { fromCli, openOrSay, settingsOrSay } from './cli';
import { newKeyText, parseKeys, writeKeyFile } from './crypto/keyring';
import { retireRefusal, rewrapAll } from './crypto/rotation';
import { keysInUse } from './db/open';
import { audit } from './staff/audit';

// npm run keys                    the keys, which is current, and how many data keys each wraps
// npm run keys -- new             prints a new key (for DATA_KEY, or a key file)
// npm run keys -- rotate          a new current key, and every data key rewrapped with it
// npm run keys -- retire <id>     removes an old key once nothing uses it
// Works while the server runs (a server follows its key file within seconds).

const usage = `Usage:
  npm run keys                  the data keys and what each one wraps
  npm run keys -- new           prints a new random key
  npm run keys -- rotate        makes a new current key and rewraps every data key with it
                                (run it again after an interruption: it goes on where it stopped)
  npm run keys -- retire <id>   removes an old key that no longer wraps anything`;

/** How long a running server may take to notice the key file changed (it looks every 2 s). */
const followMs = Number(process.env.KEYS_FOLLOW_MS ?? 5000);

async function main(): Promise<number> {
  const [command = 'list', id, ...rest] = process.argv.slice(2);
  if (!['list', 'new', 'rotate', 'retire'].includes(command) || rest.length > 0) {
    console.error(usage);
    return 2;
  }
  if (command === 'new') {
    console.log(newKeyText());
    return 0;
  }
  if (command === 'retire' && !id) {
    console.error(usage);
    return 2;
  }
  const config = settingsOrSay();
  if (!config) return 2;
  const db = await openOrSay(config);
  if (!db) return 1;
  const { keyring } = db.vault;
  const source = keyring.source;
  const where = source.kind === 'env' ? 'DATA_KEY' : `the key file ${source.path}`;
  try {
    if (command === 'list') {
      const used = await keysInUse(db.db);
      console.log(`The data keys, from ${where}:`);
      for (const key of keyring.keys)
        console.log(
          `  ${key.id}${key.id === keyring.current.id ? ' (current)' : ''}: wraps ${used.get(key.id) ?? 0} data key(s)`,
        );
      return 0;
    }

    if (command === 'retire') {
      const refusal = await retireRefusal(db.db, keyring, id ?? '');
      if (refusal) {
        console.error(refusal);
        return 1;
      }
      if (source.kind === 'env') {
        console.log(
          `Key ${id} wraps nothing now: remove it from DATA_KEY and restart the servers to retire it.`,
        );
        return 0;
      }
      writeKeyFile(
        source.path,
        keyring.keys.filter((k) => k.id !== id),
      );
      await audit(db.db, { ...fromCli, action: 'retireKey', detail: `key ${id}` });
      console.log(`Key ${id} is retired: it is no longer in ${where}.`);
      return 0;
    }

    // rotate: an interrupted rotation is finished first, with the key it had made.
    const used = await keysInUse(db.db);
    const behind = [...used.entries()].filter(([key]) => key !== keyring.current.id);
    if (behind.length === 0) {
      if (source.kind === 'env') {
        console.error(
          [
            'Every data key is wrapped with the current key already. With DATA_KEY, rotating takes three steps:',
            '  1. npm run keys -- new           (prints a new key)',
            '  2. put it first in DATA_KEY, the old one after a comma (DATA_KEY=new,old), and restart the servers',
            '  3. npm run keys -- rotate        (rewraps every data key with the new one)',
          ].join('\n'),
        );
        return 1;
      }
      const fresh = parseKeys(newKeyText(), 'new key');
      writeKeyFile(source.path, [...fresh, ...keyring.keys]);
      keyring.reload();
      console.log(
        `New current key ${keyring.current.id} written to ${source.path}. Waiting ${Math.round(followMs / 1000)} s for running servers to take it…`,
      );
      await audit(db.db, {
        ...fromCli,
        action: 'rotateKeys',
        detail: `new key ${keyring.current.id}`,
      });
      await sleep(followMs);
    } else {
      console.log(
        `Going on with the rotation to ${keyring.current.id}: ${behind.map(([key, n]) => `${n} under ${key}`).join(', ')}.`,
      );
    }
    let shownAt = 0;
    const progress = (done: number, total: number) => {
      if (done === total || Date.now() - shownAt > 2000) {
        shownAt = Date.now();
        console.log(`Rewrapping data keys: ${done} of ${total}`);
      }
    };
    // A server that had not yet noticed the new key may still wrap a few new intakes with the old
    // one: passes go on until none is left, and say so if a server never follows.
    for (let pass = 0; ; pass++) {
      await rewrapAll(db.db, keyring, progress);
      const left = [...(await keysInUse(db.db)).entries()].filter(
        ([key]) => key !== keyring.current.id,
      );
      if (left.length === 0) break;
      if (pass >= 5) {
        console.error(
          `New intakes still arrive wrapped with ${left.map(([key]) => key).join(', ')}: a server does not follow ${where}. Restart it, then run npm run keys -- rotate again.`,
        );
        return 1;
      }
      await sleep(followMs);
    }
    await audit(db.db, {
      ...fromCli,
      action: 'rotateKeys',
      detail: `every data key wrapped with ${keyring.current.id}`,
    });
    const old = keyring.keys.filter((k) => k.id !== keyring.current.id);
    console.log(
      `Every data key is wrapped with ${keyring.current.id}.${old.length > 0 ? ` The old key(s) ${old.map((k) => k.id).join(', ')} wrap nothing now: keep them until every backup made before today is gone, then npm run keys -- retire <id>.` : ''}`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
