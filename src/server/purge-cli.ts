import { parseArgs } from 'node:util';
import { fromCli, openOrSay, settingsOrSay } from './cli';
import { purgeClosedIntakes, type PurgeResult } from './retention';

// npm run purge               removes the intakes closed more than RETENTION_DAYS days ago
// npm run purge -- --dry-run  says which would go, and removes nothing
// Uses the server's settings (DATA_DIR or DATABASE_URL, RETENTION_DAYS), and works while it runs.

const usage = `Usage:
  npm run purge               remove the intakes closed more than RETENTION_DAYS days ago
  npm run purge -- --dry-run  say which would be removed, and remove nothing`;

const what = (result: PurgeResult) =>
  `with ${result.notes} note(s), ${result.idempotencyKeys} idempotency record(s) and ${result.notifications} notification(s)`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ options: { 'dry-run': { type: 'boolean' } } });
  } catch {
    console.error(usage);
    return 2;
  }
  const dryRun = parsed.values['dry-run'] === true;
  const config = settingsOrSay();
  if (!config) return 2;
  const days = config.retentionDays;
  if (days === undefined) {
    console.error(
      'RETENTION_DAYS is not set, so every intake is kept and nothing is removed. Set it to the number of days an intake is kept after it is closed (e.g. RETENTION_DAYS=365), as for the server.',
    );
    return 2;
  }
  const db = await openOrSay(config);
  if (!db) return 1;
  try {
    const result = await purgeClosedIntakes(db, {
      retentionDays: days,
      actor: fromCli.actor,
      dryRun,
    });
    const references = result.intakes.map((intake) => intake.reference).join(', ');
    if (result.intakes.length === 0) {
      console.log(
        `No intake was closed before ${result.closedBefore} (RETENTION_DAYS=${days}): nothing to remove.`,
      );
    } else if (dryRun) {
      console.log(
        `Would remove ${result.intakes.length} intake(s) closed before ${result.closedBefore} (RETENTION_DAYS=${days}), ${what(result)}: ${references}\nNothing was removed (--dry-run).`,
      );
    } else {
      console.log(
        `Removed ${result.intakes.length} intake(s) closed before ${result.closedBefore} (RETENTION_DAYS=${days}), ${what(result)}: ${references}\nThe audit log records their ids and references, and when they were removed.`,
      );
      if (result.walCleared === false)
        console.log(
          'The database is busy: its write-ahead log still holds earlier copies of what was removed until the server checkpoints it.',
        );
    }
    return 0;
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
