import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { fromCli, openOrSay, settingsOrSay } from './cli';
import {
  AccountError,
  addStaff,
  disableStaff,
  resetPassword,
  resetSecondFactor,
} from './staff/accounts';
import { audit, verifyAuditChain } from './staff/audit';

// npm run staff -- add <email> --role admin|staff   (password from STAFF_PASSWORD, or asked for)
// npm run staff -- reset <email>                   (same)
// npm run staff -- disable <email>
// npm run staff -- reset-mfa <email>               (turns off a lost second factor)
// npm run staff -- verify-audit                     (checks the audit log's hash chain)
// Uses the server's DATA_DIR or DATABASE_URL, and works while the server runs.

const usage = `Usage:
  npm run staff -- add <email> --role admin|staff
  npm run staff -- reset <email>
  npm run staff -- disable <email>
  npm run staff -- reset-mfa <email>
  npm run staff -- verify-audit
The password comes from STAFF_PASSWORD, or is asked for: at least 12 characters and hard to guess
(a passphrase of four or more unrelated words works well).`;

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
  const needsEmail = ['add', 'reset', 'disable', 'reset-mfa'].includes(command ?? '');
  if (!command || (needsEmail && !email) || (!needsEmail && command !== 'verify-audit')) {
    console.error(usage);
    return 2;
  }
  const config = settingsOrSay();
  if (!config) return 2;
  const db = await openOrSay(config);
  if (!db) return 1;
  try {
    if (command === 'verify-audit') {
      const check = await verifyAuditChain(db.db);
      if (check.ok) {
        console.log(`The audit log is intact: ${check.rows} entries, every link holds.`);
        return 0;
      }
      console.error(
        `The audit log is broken at entry ${check.firstBroken}: ${check.reason}. Entries before it (${check.rows - 1}) are intact.`,
      );
      return 1;
    }
    if (!email) return 2;
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
      await audit(db.db, {
        ...fromCli,
        action: 'addStaff',
        detail: `${user.email} (${user.role})`,
      });
      console.log(`Added ${user.email} (${user.role}).`);
    } else if (command === 'reset') {
      await resetPassword(db.db, email, await askPassword());
      await audit(db.db, { ...fromCli, action: 'resetPassword', detail: email.toLowerCase() });
      console.log(`New password set for ${email}; their open sessions were ended.`);
    } else if (command === 'reset-mfa') {
      const had = await resetSecondFactor(db.db, email);
      await audit(db.db, {
        ...fromCli,
        action: 'resetMfa',
        detail: `${email.toLowerCase()}${had ? '' : ' (had none)'}`,
      });
      console.log(
        had
          ? `Two-step sign-in is off for ${email}; their open sessions were ended. They set it up again at their next sign-in where the clinic asks for it (STAFF_MFA).`
          : `${email} had no two-step sign-in set up; their open sessions were ended.`,
      );
    } else if (command === 'disable') {
      await disableStaff(db.db, email);
      await audit(db.db, { ...fromCli, action: 'disableStaff', detail: email.toLowerCase() });
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
