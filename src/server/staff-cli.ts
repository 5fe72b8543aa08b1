import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from './config';
import { createDb } from './db/database';
import { migrateToLatest } from './db/migrations';
import { AccountError, addStaff, disableStaff, resetPassword } from './staff/accounts';

// npm run staff -- add <email> --role admin|staff   (password from STAFF_PASSWORD, or asked for)
// npm run staff -- reset <email>                   (same)
// npm run staff -- disable <email>
// Uses the server's DATA_DIR or DATABASE_URL, and works while the server runs.

const usage = `Usage:
  npm run staff -- add <email> --role admin|staff
  npm run staff -- reset <email>
  npm run staff -- disable <email>
The password comes from STAFF_PASSWORD, or is asked for (at least 12 characters; a passphrase is best).`;

async function askPassword(): Promise<string> {
  if (process.env.STAFF_PASSWORD) return process.env.STAFF_PASSWORD;
  if (!process.stdin.isTTY)
    throw new AccountError('Set STAFF_PASSWORD, or run this in a terminal to be asked.');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const mute = rl as unknown as { _writeToOutput?: (s: string) => void };
  process.stdout.write('Password (not shown): ');
  mute._writeToOutput = () => undefined;
  const password = await rl.question('');
  rl.close();
  process.stdout.write('\n');
  return password;
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { role: { type: 'string' } },
  });
  const [command, email] = positionals;
  if (!command || !email || !['add', 'reset', 'disable'].includes(command)) {
    console.error(usage);
    return 2;
  }
  const config = loadConfig(process.env);
  const db = createDb(config.db);
  try {
    await migrateToLatest(db.db, db.schema);
    if (command === 'add') {
      const role = values.role;
      if (role !== 'admin' && role !== 'staff') {
        console.error('Give the role: --role admin or --role staff.');
        return 2;
      }
      const user = await addStaff(db.db, {
        email,
        role,
        password: await askPassword(),
      });
      console.log(`Added ${user.email} (${user.role}).`);
    } else if (command === 'reset') {
      await resetPassword(db.db, email, await askPassword());
      console.log(`New password set for ${email}; their open sessions were ended.`);
    } else {
      await disableStaff(db.db, email);
      console.log(`Disabled ${email}; their open sessions were ended.`);
    }
    return 0;
  } catch (error) {
    if (error instanceof AccountError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
